package org.scrutineer.recommendations;

/** Where a scrutiny report stands, from draft to the executive's response. */
public enum ReportState {
    /** Being written by the scrutiny officer with the committee. */
    DRAFT("Draft"),
    /** Shared in draft with the executive for factual accuracy and feasibility comments. */
    SHARED("Shared in draft"),
    /** Agreed by the committee; notice not yet served on the executive. */
    AGREED("Agreed by committee"),
    /** Notice served on the executive: the response is due (LGA 2000 s9FE). */
    NOTICE_SERVED("Awaiting executive response"),
    /** The executive has responded (approved by the cabinet member or cabinet). */
    RESPONDED("Executive responded");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the report's text and recommendations may still change. */
    public boolean editable() {
        return this == DRAFT || this == SHARED;
    }

    /** Whether the committee has agreed the report. */
    public boolean agreed() {
        return !editable();
    }
}
