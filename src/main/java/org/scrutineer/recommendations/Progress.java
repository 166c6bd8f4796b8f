package org.scrutineer.recommendations;

/** What an action owner says about implementation in an update. */
public enum Progress {
    ON_TRACK("On track"),
    SLIPPED("Slipped"),
    NOT_ACHIEVED("Not achieved"),
    ACHIEVED("Achieved");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
