package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.scrutineer.directory.Portfolio;

/**
 * Builds scrutiny reports in the demo council, taken through the workflow as far as a test needs, acting as the
 * system (so the test exercises the rules, not the permissions, unless it says otherwise).
 */
public final class RecommendationsFixtures {

    private RecommendationsFixtures() {
    }

    /** A title no other test uses. */
    public static String uniqueTitle(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft report of the first scrutiny committee with {@code count} recommendations, one per portfolio. */
    public static ReportId draft(RecommendationManagement m, int count) {
        long committee = m.scrutinyCommittees().get(0).id().value();
        ReportId id = m.createReport(Actor.SYSTEM, new ReportDetails(committee, uniqueTitle("Review of school transport"),
                "What the review found", "The full text of the report.", null, null, null));
        List<Portfolio> portfolios = m.portfolios();
        for (int i = 0; i < count; i++) {
            Portfolio p = portfolios.get(i % portfolios.size());
            m.addRecommendation(Actor.SYSTEM, id, new RecommendationDetails("Recommendation " + (i + 1)
                    + ": the executive should act on " + p.title(), Addressee.EXECUTIVE, null, null, p.id(), false,
                    null));
        }
        return id;
    }

    /** A report agreed by the committee a week before {@code today}, with notice served the day after. */
    public static ReportId noticeServed(RecommendationManagement m, int count, LocalDate today) {
        ReportId id = draft(m, count);
        m.agree(Actor.SYSTEM, id, today.minusDays(7), "Committee meeting", Set.of(ResponseField.PROPOSED_ACTION,
                ResponseField.TARGET_DATE));
        m.serveNotice(Actor.SYSTEM, id, today.minusDays(6));
        return id;
    }

    /** Responses accepting every recommendation of a report, with a target date a year on. */
    public static List<ResponseDetails> acceptAll(RecommendationManagement m, ReportId id, LocalDate today) {
        List<ResponseDetails> list = new ArrayList<>();
        for (Recommendation r : m.recommendationsOf(Actor.SYSTEM, id)) {
            Portfolio p = m.portfolios().stream().filter(x -> r.portfolio() != null && x.id() == r.portfolio().id())
                    .findFirst().orElseThrow();
            list.add(new ResponseDetails(r.id().value(), ResponseDecision.ACCEPTED, null, "We will do it",
                    p.holder() == null ? null : p.holder().id(), p.leadOfficer() == null ? null : p.leadOfficer().id(),
                    today.plusYears(1), "Measured by the annual survey"));
        }
        return list;
    }

    /** A report whose response was approved by cabinet today: its recommendations are being implemented. */
    public static ReportId responded(RecommendationManagement m, int count, LocalDate today) {
        ReportId id = noticeServed(m, count, today);
        m.saveResponse(Actor.SYSTEM, id, "The executive welcomes the report", acceptAll(m, id, today));
        m.approveResponse(Actor.SYSTEM, id, Approval.CABINET, today, null);
        return id;
    }
}
