package org.scrutineer.recommendations;

/** Why a draft report was shared with someone. */
public enum SharePurpose {
    /** A cabinet member or chief officer, for comments on factual accuracy and feasibility. */
    COMMENT("Factual accuracy and feasibility comments"),
    /** A service department, asked by Democratic Services to check the facts. */
    FACT_CHECK("Check the facts");

    private final String label;

    SharePurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
