package org.scrutineer.attendance;

/**
 * The capacity someone attends in, as the directory showed them when they were asked: the figures and the
 * junior-only flag use it (Rotherham code 5.5: attendance should never be just junior staff).
 */
public enum Capacity {
    CABINET_MEMBER("Cabinet member", true, false),
    CHIEF_EXECUTIVE("Chief executive", true, false),
    CHIEF_OFFICER("Chief officer", true, false),
    HEAD_OF_SERVICE("Head of service", true, false),
    /** An officer below head of service. */
    OFFICER("Officer below head of service", true, true),
    COUNCILLOR("Councillor", false, false),
    WITNESS("External witness", false, false);

    private final String label;
    private final boolean executive;
    private final boolean junior;

    Capacity(String label, boolean executive, boolean junior) {
        this.label = label;
        this.executive = executive;
        this.junior = junior;
    }

    /** The label people read. */
    public String label() {
        return label;
    }

    /** Whether it is the executive side: a cabinet member or an officer of the council (whom s9FA lets be required). */
    public boolean executive() {
        return executive;
    }

    /** Whether it is an officer below head of service. */
    public boolean junior() {
        return junior;
    }

    /** Whether the figures follow it person by person: cabinet members, the chief executive and chief officers. */
    public boolean followed() {
        return this == CABINET_MEMBER || this == CHIEF_EXECUTIVE || this == CHIEF_OFFICER;
    }
}
