package org.scrutineer.inforequests;

import java.time.LocalDate;

import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;

/** Builds information requests in the demo council: scrutiny.member asks chief.officer. */
public final class InformationRequestsFixtures {

    private InformationRequestsFixtures() {
    }

    /** The signed-in demo user as an actor. */
    public static Actor actor(AccountManagement accounts, String username) {
        return Actor.of(accounts.principal(username).orElseThrow().view());
    }

    /** The scrutiny committee scrutiny.member sits on. */
    public static long membersCommittee(AccountManagement accounts, DirectoryManagement directory) {
        return directory.standingOf(actor(accounts, "scrutiny.member").person()).currentMemberships().stream()
                .filter(m -> m.committeeKind().isScrutiny()).map(Membership::committeeId).findFirst().orElseThrow()
                .value();
    }

    /** scrutiny.member asks chief.officer, as a member, with the request received on a day. */
    public static RequestDetails memberAsksChiefOfficer(AccountManagement accounts, DirectoryManagement directory,
            String what, LocalDate receivedOn) {
        return new RequestDetails(membersCommittee(accounts, directory),
                actor(accounts, "scrutiny.member").person().value(), RequestedAs.MEMBER, null,
                "Item 6: children's placements", what, "To understand the spend before the meeting", null,
                actor(accounts, "chief.officer").person().value(), receivedOn);
    }
}
