package org.scrutineer.attendance;

/**
 * One line of the witness register as the scrutiny officer records it after the meeting.
 *
 * @param requestId the attendee's request (or nomination, or attendance by right)
 * @param present whether they were present (null leaves the line unrecorded)
 */
public record WitnessLine(Long requestId, Boolean present) {
}
