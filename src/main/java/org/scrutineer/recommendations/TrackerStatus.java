package org.scrutineer.recommendations;

/** The tracker's status filter: a stage, or one of the flags that need attention. */
public enum TrackerStatus {
    OVERDUE_RESPONSE("Response overdue"),
    SLIPPED("Slipped or not achieved"),
    STALE("No recent update"),
    DRAFT("Draft"),
    AGREED("Agreed, notice not served"),
    AWAITING_RESPONSE("Awaiting response"),
    IN_PROGRESS("Being implemented"),
    DEFERRED("Deferred"),
    REJECTED("Rejected"),
    IMPLEMENTED("Implemented (signed off)"),
    OPEN("Open (not closed)");

    private final String label;

    TrackerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
