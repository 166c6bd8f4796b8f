package org.scrutineer.meetings;

/**
 * What the scrutiny officer records for one person when taking the register.
 *
 * @param personId the councillor
 * @param attendance their attendance
 * @param substituteForId for a substitute, the member whose place they took (who sent apologies)
 */
public record RegisterLine(Long personId, Attendance attendance, Long substituteForId) {
}
