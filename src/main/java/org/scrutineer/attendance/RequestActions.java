package org.scrutineer.attendance;

/**
 * What a person may do to a request now, so that pages show only the forms that will be accepted.
 *
 * @param sendNotice send (or record sending) the notice
 * @param respond confirm, decline or propose a substitute
 * @param decideSubstitution accept or refuse a proposed substitute (the chair or vice-chair)
 * @param nominate nominate the officers who attend (the responsible chief officer)
 * @param withdraw withdraw the request
 */
public record RequestActions(boolean sendNotice, boolean respond, boolean decideSubstitution, boolean nominate,
        boolean withdraw) {

    /** Whether any action is open to them. */
    public boolean any() {
        return sendNotice || respond || decideSubstitution || nominate || withdraw;
    }
}
