package org.scrutineer.meetings;

/** Identifies a meeting. */
public record MeetingId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
