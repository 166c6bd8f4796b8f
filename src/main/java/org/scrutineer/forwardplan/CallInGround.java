package org.scrutineer.forwardplan;

/** Grounds for calling in a decision, as councils' constitutions commonly list them. */
public enum CallInGround {
    INADEQUATE_CONSULTATION("Inadequate consultation"),
    ALTERNATIVES_NOT_CONSIDERED("Alternatives not considered"),
    OUTSIDE_POLICY_FRAMEWORK("Outside the budget or policy framework"),
    PROCEDURE_NOT_FOLLOWED("Procedure not followed"),
    INSUFFICIENT_EVIDENCE("Insufficient evidence or information"),
    DISPROPORTIONATE("Not proportionate to the outcome sought");

    private final String label;

    CallInGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
