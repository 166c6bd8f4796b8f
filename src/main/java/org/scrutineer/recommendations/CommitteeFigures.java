package org.scrutineer.recommendations;

import org.scrutineer.directory.CommitteeId;

/**
 * How one committee's recommendations fared in a municipal year, or the whole council's (no committee). Counts
 * only reports the committee agreed, never drafts. Each rate is a percentage to one decimal place, or null when
 * there is nothing to divide by.
 *
 * @param municipalYear the year the municipal year starts in
 * @param committeeId the committee, or null for the council-wide row
 * @param committeeName the committee's name, or null for the council-wide row
 * @param reportsAgreed reports the committee agreed
 * @param recommendationsMade recommendations in those reports
 * @param responsesDue executive responses that have fallen due: given, or past their due date without one
 * @param responsesOnTime responses given on or before their due date
 * @param onTimePercent responses on time as a percentage of responses due
 * @param responsesGiven responses given (approved by the cabinet member or cabinet)
 * @param medianDaysToRespond the median number of days from notice being served to the response being given
 * @param decided recommendations the executive has decided on in a given response
 * @param accepted of those, accepted or partially accepted
 * @param acceptancePercent accepted or partially accepted as a percentage of those decided
 * @param implemented of those accepted or partially accepted, signed off by the committee as implemented
 * @param implementationPercent implemented as a percentage of those accepted or partially accepted
 * @param overdueResponses responses overdue today
 * @param slippedActions actions that have slipped, were not achieved or are past their target today
 */
public record CommitteeFigures(int municipalYear, CommitteeId committeeId, String committeeName, int reportsAgreed,
        int recommendationsMade, int responsesDue, int responsesOnTime, Double onTimePercent, int responsesGiven,
        Double medianDaysToRespond, int decided, int accepted, Double acceptancePercent, int implemented,
        Double implementationPercent, int overdueResponses, int slippedActions) {

    /** Whether this is the council-wide row for the year. */
    public boolean councilWide() {
        return committeeId == null;
    }

    /** The committee's name, or "All committees" for the council-wide row. */
    public String name() {
        return councilWide() ? "All committees" : committeeName;
    }

    /** The municipal year as people write it: 2026/27. */
    public String municipalYearLabel() {
        return RecommendationFigures.yearLabel(municipalYear);
    }
}
