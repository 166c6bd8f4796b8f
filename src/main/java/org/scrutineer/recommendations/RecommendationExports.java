package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.scrutineer.directory.Reference;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.recommendations.internal.TrackerExports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker as a spreadsheet, with the columns a council's own tracker has: every row of a tracker view (not one
 * page), exactly as the actor may see it. Rows come from {@link RecommendationManagement#tracker} a page of 500 at a
 * time, so drafts the actor may not see are left out and exempt text is withheld just as on the tracker page.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationExports {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("Reference", "Report", "Committee", "Municipal year",
            "Date agreed", "No.", "Recommendation", "Addressed to", "Portfolio", "Response due", "Response given",
            "Decision", "Reasons", "Proposed action", "Cabinet member", "Lead officer", "Target date",
            "Current target", "Progress", "Last update", "Stage", "RAG", "Signed off", "Impact");

    /** Rows read from the tracker at a time. */
    static final int BATCH = 500;

    private final RecommendationManagement recommendations;
    private final TrackerExports exports;

    RecommendationExports(RecommendationManagement recommendations, TrackerExports exports) {
        this.recommendations = recommendations;
        this.exports = exports;
    }

    /**
     * Every row of the tracker view the actor may see, in the view's order, as cells for {@link #COLUMNS}: text,
     * whole numbers and dates (null for an empty cell).
     */
    public List<List<Object>> rows(Actor actor, TrackerQuery query) {
        LocalDate today = recommendations.today();
        int stale = recommendations.settings().staleAfterDays();
        List<List<Object>> rows = new ArrayList<>();
        for (int page = 1; ; page++) {
            ResultPage<Recommendation> batch = recommendations.tracker(actor, query.atPage(page, BATCH));
            Map<Long, LocalDate> agreed = exports.agreedOn(batch.items().stream().map(r -> r.reportId().value())
                    .toList());
            for (Recommendation r : batch.items()) {
                rows.add(row(r, agreed.get(r.reportId().value()), today, stale));
            }
            if (batch.items().size() < BATCH || (long) page * BATCH >= batch.total()) {
                return rows;
            }
        }
    }

    /** The file's name for today: {@code recommendations-2026-11-23.csv}. */
    public String fileName(String extension) {
        return "recommendations-" + recommendations.today() + "." + extension;
    }

    private static List<Object> row(Recommendation r, LocalDate agreedOn, LocalDate today, int stale) {
        return Arrays.asList(r.reportReference(), r.reportTitle(), r.committeeName(), yearLabel(r.municipalYear()),
                agreedOn, r.number(), r.text(), addressedTo(r), name(r.portfolio()), r.responseDue(),
                r.responseGivenOn(), r.decision() == null ? null : r.decision().label(), r.reasons(),
                r.proposedAction(), name(r.cabinetMember()), name(r.leadOfficer()), r.targetDate(),
                r.currentTarget(), r.progress() == null ? null : r.progress().label(), r.lastUpdateOn(),
                r.stage().label(), r.ragOn(today, stale).label(), r.signedOffOn(), r.impactNote());
    }

    private static String addressedTo(Recommendation r) {
        return switch (r.addressedTo()) {
            case EXECUTIVE -> "The executive";
            case CABINET_MEMBER -> r.addressee() == null ? "A cabinet member" : r.addressee().name();
            case PARTNER -> r.partnerBody() == null ? "A partner body" : r.partnerBody();
        };
    }

    private static String name(Reference ref) {
        return ref == null ? null : ref.name();
    }

    private static String yearLabel(int year) {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }
}
