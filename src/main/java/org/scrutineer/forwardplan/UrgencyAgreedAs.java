package org.scrutineer.forwardplan;

/** Who agreed a special urgency decision (reg 11), in the order the regulation falls back. */
public enum UrgencyAgreedAs {
    SCRUTINY_CHAIR("Chair of the relevant overview and scrutiny committee"),
    COUNCIL_CHAIR("Chair of the council"),
    COUNCIL_VICE_CHAIR("Vice-chair of the council");

    private final String label;

    UrgencyAgreedAs(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
