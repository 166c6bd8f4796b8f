package org.scrutineer.inforequests;

import java.time.LocalDate;

/**
 * A report a committee receives every quarter (performance, finance), expected a number of days after the quarter
 * ends.
 *
 * @param id its id
 * @param committeeId the committee
 * @param committeeName its name
 * @param title e.g. "Quarterly performance report"
 * @param directorateId the directorate that provides it
 * @param directorateName its name
 * @param responsibleOfficerId the officer who provides it
 * @param responsibleOfficerName their name
 * @param daysAfterQuarter how many days after the quarter's end it is expected
 * @param startsOn from when
 * @param endsOn until when (null while it continues)
 */
public record StandingArrangement(long id, long committeeId, String committeeName, String title, Long directorateId,
        String directorateName, Long responsibleOfficerId, String responsibleOfficerName, int daysAfterQuarter,
        LocalDate startsOn, LocalDate endsOn) {
}
