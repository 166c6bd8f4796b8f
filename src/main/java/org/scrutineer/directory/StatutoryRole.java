package org.scrutineer.directory;

/** The statutory officer roles an officer may hold besides their post. */
public enum StatutoryRole {
    MONITORING_OFFICER("Monitoring officer"),
    CHIEF_FINANCE_OFFICER("Chief finance officer (s151 officer)"),
    STATUTORY_SCRUTINY_OFFICER("Statutory scrutiny officer");

    private final String label;

    StatutoryRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
