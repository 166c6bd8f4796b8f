package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.scrutineer.directory.CommitteeDetails;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;

/** Reports in every state for the figures' tests, acting as the system. */
public final class FiguresFixtures {

    private FiguresFixtures() {
    }

    /** The committee the reports are from, its name, and the days to respond of the two responses given. */
    public record Built(CommitteeId committee, String committeeName, int lateDays, int onTimeDays) {
    }

    /**
     * A task-and-finish group of its own (so no other test's reports are in its row), with reports built through
     * the facade in the current municipal year: one responded late (accepted and signed off, partially accepted,
     * rejected), one on time (accepted then slipped, deferred), one overdue, one not yet due, one agreed but not
     * served, and two drafts (one shared) that must not count: 5 reports agreed, 9 recommendations, 3 responses
     * due, 1 on time, 5 decided, 3 accepted, 1 implemented, 1 overdue, 1 slipped.
     */
    public static Built build(RecommendationManagement m, DirectoryManagement directory) {
        LocalDate today = m.today();
        String name = RecommendationsFixtures.uniqueTitle("Figures Review Group");
        CommitteeId committee = directory.addCommittee(new CommitteeDetails(name, CommitteeKind.TASK_AND_FINISH,
                m.scrutinyCommittees().get(0).id().value(),
                "A review made for a test of the figures.", today.minusYears(1), null));
        List<Portfolio> portfolios = m.portfolios();

        // Late: three recommendations, accepted, partially accepted and rejected; the accepted one is signed off.
        ReportId late = report(m, committee, portfolios, 3);
        m.agree(Actor.SYSTEM, late, today.minusDays(100), "Meeting", Set.of(ResponseField.PROPOSED_ACTION));
        m.serveNotice(Actor.SYSTEM, late, today.minusDays(95));
        List<Recommendation> lateRecs = m.recommendationsOf(Actor.SYSTEM, late);
        m.saveResponse(Actor.SYSTEM, late, "Response", List.of(
                accept(lateRecs.get(0), ResponseDecision.ACCEPTED, today),
                accept(lateRecs.get(1), ResponseDecision.PARTIALLY_ACCEPTED, today),
                new ResponseDetails(lateRecs.get(2).id().value(), ResponseDecision.REJECTED, "Unaffordable", null,
                        null, null, null, null)));
        LocalDate lateDue = m.report(Actor.SYSTEM, late).responseDue();
        LocalDate lateGiven = lateDue.plusDays(4);
        m.approveResponse(Actor.SYSTEM, late, Approval.CABINET, lateGiven, null);
        m.postUpdate(Actor.SYSTEM, lateRecs.get(0).id(), new UpdateDetails(today, Progress.ACHIEVED, null, null,
                "Done", "The new policy was adopted"));
        m.review(Actor.SYSTEM, lateRecs.get(0).id(), today, ReviewOutcome.SIGNED_OFF, "Fewer complaints");

        // On time: accepted (then slipped) and deferred.
        ReportId onTime = report(m, committee, portfolios, 2);
        m.agree(Actor.SYSTEM, onTime, today.minusDays(50), "Meeting", Set.of());
        m.serveNotice(Actor.SYSTEM, onTime, today.minusDays(45));
        List<Recommendation> onTimeRecs = m.recommendationsOf(Actor.SYSTEM, onTime);
        m.saveResponse(Actor.SYSTEM, onTime, "Response", List.of(
                accept(onTimeRecs.get(0), ResponseDecision.ACCEPTED, today),
                new ResponseDetails(onTimeRecs.get(1).id().value(), ResponseDecision.DEFERRED, "After the budget",
                        null, null, null, null, null)));
        m.approveResponse(Actor.SYSTEM, onTime, Approval.CABINET, today.minusDays(25), null);
        m.postUpdate(Actor.SYSTEM, onTimeRecs.get(0).id(), new UpdateDetails(today, Progress.SLIPPED,
                today.plusDays(400), "The contractor went into administration", null, null));

        // Overdue: served 75 days ago, eight weeks to respond.
        ReportId overdue = report(m, committee, portfolios, 1);
        m.agree(Actor.SYSTEM, overdue, today.minusDays(80), "Meeting", Set.of());
        m.serveNotice(Actor.SYSTEM, overdue, today.minusDays(75));

        // Not yet due.
        ReportId notDue = report(m, committee, portfolios, 2);
        m.agree(Actor.SYSTEM, notDue, today.minusDays(8), "Meeting", Set.of());
        m.serveNotice(Actor.SYSTEM, notDue, today.minusDays(6));

        // Agreed, notice not served.
        ReportId agreed = report(m, committee, portfolios, 1);
        m.agree(Actor.SYSTEM, agreed, today.minusDays(3), "Meeting", Set.of());

        // Drafts never count.
        ReportId draft = report(m, committee, portfolios, 4);
        m.shareDraft(Actor.SYSTEM, draft, List.of(portfolios.get(0).holder().id()), SharePurpose.COMMENT);
        report(m, committee, portfolios, 2);

        return new Built(committee, name, (int) ChronoUnit.DAYS.between(today.minusDays(95), lateGiven), 20);
    }

    private static ReportId report(RecommendationManagement m, CommitteeId committee, List<Portfolio> portfolios,
            int count) {
        ReportId id = m.createReport(Actor.SYSTEM, new ReportDetails(committee.value(),
                RecommendationsFixtures.uniqueTitle("Figures report"), null, null, null, null, null));
        for (int i = 0; i < count; i++) {
            m.addRecommendation(Actor.SYSTEM, id, new RecommendationDetails("Recommendation " + (i + 1),
                    Addressee.EXECUTIVE, null, null, portfolios.get(i % portfolios.size()).id(), false, null));
        }
        return id;
    }

    private static ResponseDetails accept(Recommendation r, ResponseDecision decision, LocalDate today) {
        return new ResponseDetails(r.id().value(), decision, decision.reasonsRequired() ? "Only in part" : null,
                "We will do it", null, null, today.plusDays(200), null);
    }

}
