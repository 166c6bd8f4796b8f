package org.scrutineer.attendance;

/**
 * A person's reply to a request to attend, given by them or recorded by a scrutiny officer.
 *
 * @param kind confirm, decline or propose a substitute
 * @param reason why they decline or propose a substitute (mandatory for both)
 * @param substituteId the person proposed in their place
 */
public record AttendanceResponse(ResponseKind kind, String reason, Long substituteId) {
}
