package org.scrutineer.forwardplan;

/** Who takes an executive decision. */
public enum DecisionMaker {
    CABINET("Cabinet"),
    CABINET_MEMBER("Cabinet member"),
    OFFICER("Officer");

    private final String label;

    DecisionMaker(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
