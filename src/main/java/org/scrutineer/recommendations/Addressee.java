package org.scrutineer.recommendations;

/** Whom a recommendation is addressed to. */
public enum Addressee {
    EXECUTIVE("The executive (cabinet)"),
    CABINET_MEMBER("A cabinet member"),
    PARTNER("A partner body");

    private final String label;

    Addressee(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the executive must respond to it under s9FE (a partner body responds under its own duties). */
    public boolean executive() {
        return this != PARTNER;
    }
}
