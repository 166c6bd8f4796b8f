package org.scrutineer.deadlines;

/** Where a tracked deadline stands. Overdue is not a state: it is an open deadline whose due date has passed. */
public enum DeadlineState {
    /** The clock is running. */
    OPEN("Open"),
    /** The clock is stopped (clarification sought); it restarts with the days already counted. */
    STOPPED("Clock stopped"),
    /** What was due was done, on {@code metOn}. */
    MET("Met"),
    /** It can no longer be done in time, recorded as such. */
    MISSED("Missed"),
    /** No longer needed (the record it belonged to was withdrawn). */
    CANCELLED("Cancelled");

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
