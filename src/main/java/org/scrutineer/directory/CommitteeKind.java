package org.scrutineer.directory;

/** The kinds of body in the directory. */
public enum CommitteeKind {
    OVERVIEW_AND_SCRUTINY("Overview and scrutiny committee"),
    TASK_AND_FINISH("Task-and-finish group"),
    CABINET("Cabinet"),
    FULL_COUNCIL("Full council");

    private final String label;

    CommitteeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the body is part of the overview and scrutiny function. */
    public boolean isScrutiny() {
        return this == OVERVIEW_AND_SCRUTINY || this == TASK_AND_FINISH;
    }
}
