package org.scrutineer.attendance;

import java.util.EnumSet;
import java.util.Set;

/** Where a request to attend stands. */
public enum RequestState {
    /** Made; the notice has not been sent. */
    REQUESTED("Notice not sent"),
    /** The notice was sent; awaiting the person's reply. */
    NOTICE_SENT("Awaiting reply"),
    /** The person (or the accepted substitute, or a nominated officer) will attend. */
    CONFIRMED("Confirmed"),
    /** The person declined, with a reason. */
    DECLINED("Declined"),
    /** The person proposed someone else; the chair decides. */
    SUBSTITUTE_PROPOSED("Substitute proposed"),
    /** The responsible chief officer nominated other officers to attend instead of the person asked. */
    NOMINATED("Officers nominated"),
    /** Withdrawn by the committee. */
    WITHDRAWN("Withdrawn"),
    /** The meeting was cancelled. */
    LAPSED("Lapsed");

    /** The states in which a request is still live (the meeting has not passed it by). */
    public static final Set<RequestState> OPEN = EnumSet.of(REQUESTED, NOTICE_SENT, CONFIRMED, SUBSTITUTE_PROPOSED,
            NOMINATED);

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    /** The label people read. */
    public String label() {
        return label;
    }

    /** Whether the request is still live. */
    public boolean open() {
        return OPEN.contains(this);
    }
}
