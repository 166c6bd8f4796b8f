package org.scrutineer.directory;

import java.time.LocalDate;

/**
 * A person's seat on a committee for a period.
 *
 * @param id the membership's id
 * @param committeeId the committee
 * @param committeeName its name
 * @param committeeKind its kind
 * @param personId the member
 * @param personName their name
 * @param role chair, vice-chair, member or co-opted member
 * @param startsOn the first day
 * @param endsOn the last day (null while current)
 */
public record Membership(long id, CommitteeId committeeId, String committeeName, CommitteeKind committeeKind,
        PersonId personId, String personName, MembershipRole role, LocalDate startsOn, LocalDate endsOn) {

    /** Whether the membership holds on the given day. */
    public boolean currentOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
