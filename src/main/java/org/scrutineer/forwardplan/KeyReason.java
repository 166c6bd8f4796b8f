package org.scrutineer.forwardplan;

/** Why a decision is key, by the council's thresholds (SI 2012/2089 reg 8). */
public enum KeyReason {
    EXPENDITURE("Expenditure above the council's threshold"),
    SAVINGS("Savings above the council's threshold"),
    WARDS("Significant effect on communities in two or more wards");

    private final String label;

    KeyReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
