package org.scrutineer.meetings;

/** A member's attendance as the register records it. */
public enum Attendance {
    PRESENT("Present"), APOLOGIES("Apologies"), ABSENT("Absent"), SUBSTITUTE("Substitute");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
