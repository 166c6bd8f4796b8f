package org.scrutineer.recommendations;

/** Who approved the executive response, which makes it count as given. */
public enum Approval {
    CABINET_MEMBER("The cabinet member"),
    CABINET("Cabinet, at a meeting");

    private final String label;

    Approval(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
