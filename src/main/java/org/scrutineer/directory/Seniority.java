package org.scrutineer.directory;

/** An officer's place in the hierarchy; attendance rules depend on it (Rotherham code 5.5). */
public enum Seniority {
    CHIEF_EXECUTIVE("Chief executive (head of paid service)"),
    CHIEF_OFFICER("Chief officer (director)"),
    HEAD_OF_SERVICE("Head of service"),
    OTHER_OFFICER("Other officer");

    private final String label;

    Seniority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this officer is at least a head of service (a session must never be attended by junior staff alone). */
    public boolean isSenior() {
        return this != OTHER_OFFICER;
    }
}
