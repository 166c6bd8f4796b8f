package org.scrutineer.meetings;

/** A meeting was cancelled: requirements to attend it lapse. */
public record MeetingCancelled(MeetingId meeting, String reason) {
}
