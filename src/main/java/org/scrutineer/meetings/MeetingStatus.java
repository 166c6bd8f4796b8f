package org.scrutineer.meetings;

/** Where a meeting stands. */
public enum MeetingStatus {
    SCHEDULED("Scheduled"), AGENDA_PUBLISHED("Agenda published"), HELD("Held"), CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
