package org.scrutineer.recommendations;

/** How the tracker is ordered. */
public enum TrackerSort {
    /** Overdue responses first, then slipped actions, then stale ones, then the rest by date. */
    PRIORITY("Needs attention first"),
    REFERENCE("Reference, newest first"),
    RESPONSE_DUE("Response due date"),
    TARGET("Target date"),
    LAST_UPDATE("Last update, oldest first"),
    COMMITTEE("Committee");

    private final String label;

    TrackerSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
