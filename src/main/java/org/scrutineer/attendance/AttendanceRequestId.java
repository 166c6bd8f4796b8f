package org.scrutineer.attendance;

/** Identifies a request to attend (or an attendance by right, or a nominated officer's attendance). */
public record AttendanceRequestId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
