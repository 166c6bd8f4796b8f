package org.scrutineer.recommendations;

/**
 * A field of the executive response the committee can make mandatory for each recommendation it accepts in
 * whole or part (the response format it requires).
 */
public enum ResponseField {
    PROPOSED_ACTION("proposedAction", "Proposed action", "Enter the action the executive proposes"),
    CABINET_MEMBER("cabinetMemberId", "Responsible cabinet member", "Select the responsible cabinet member"),
    LEAD_OFFICER("leadOfficerId", "Lead officer", "Select the lead officer"),
    TARGET_DATE("targetDate", "Target date", "Enter the target date"),
    SUCCESS_MEASURE("successMeasure", "Success measure", "Enter how success will be measured"),
    REASONS("reasons", "Reasons", "Enter the reasons for the decision");

    private final String property;
    private final String label;
    private final String missing;

    ResponseField(String property, String label, String missing) {
        this.property = property;
        this.label = label;
        this.missing = missing;
    }

    /** The field's name in forms and the API. */
    public String property() {
        return property;
    }

    public String label() {
        return label;
    }

    /** The message when it is required and missing. */
    public String missing() {
        return missing;
    }
}
