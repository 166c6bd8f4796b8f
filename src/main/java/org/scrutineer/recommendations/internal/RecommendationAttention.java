package org.scrutineer.recommendations.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.accounts.Role;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.home.AttentionItem;
import org.scrutineer.home.AttentionSource;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.RecommendationSettings;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.TrackerQuery;
import org.scrutineer.recommendations.TrackerStatus;
import org.springframework.stereotype.Component;

/**
 * What the tracker asks of people on their home pages (the response deadline itself comes from the deadlines
 * module): cabinet members see drafted responses awaiting their approval; action owners see actions needing an
 * update (stale, slipped or past target); chairs and vice-chairs see recommendations due for the committee's review;
 * scrutiny officers see how many actions have slipped.
 */
@Component
class RecommendationAttention implements AttentionSource {

    private static final Set<MembershipRole> CHAIRS = Set.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR);

    private final AttentionQueries queries;
    private final Recommendations recommendations;
    private final DirectoryManagement directory;
    private final RecommendationSettings settings;
    private final Clock clock;

    RecommendationAttention(AttentionQueries queries, Recommendations recommendations, DirectoryManagement directory,
            RecommendationSettings settings, Optional<Clock> clock) {
        this.queries = queries;
        this.recommendations = recommendations;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public List<AttentionItem> itemsFor(CurrentUser user) {
        if (user.personId() == null) {
            return List.of();
        }
        long me = user.personId().value();
        LocalDate today = LocalDate.now(clock);
        List<AttentionItem> items = new ArrayList<>();
        if (user.hasAny(Role.CABINET_MEMBER, Role.LEADER)) {
            for (ScrutinyReport r : queries.responsesAwaitingApprovalBy(me)) {
                items.add(new AttentionItem("Approve the executive response to " + r.reference(),
                        r.title() + " — drafted, counts as given once approved (Local Government Act 2000 s9FE)",
                        RecommendationManagement.responsePath(r.id()), r.responseDue(), r.responseOverdueOn(today)));
            }
        }
        for (Recommendation r : queries.updatesDueFrom(me, today, today.minusDays(settings.staleAfterDays()))) {
            LocalDate last = r.lastUpdateOn() != null ? r.lastUpdateOn() : r.responseGivenOn();
            String why = r.slipped() ? "the action " + r.progress().label().toLowerCase()
                    : r.pastTargetOn(today) ? "past its target date" : "no update since " + last;
            boolean stale = r.staleOn(today, settings.staleAfterDays());
            LocalDate due = (r.slipped() || r.pastTargetOn(today)) && r.currentTarget() != null ? r.currentTarget()
                    : last == null ? null : last.plusDays(settings.staleAfterDays());
            items.add(new AttentionItem("Post an update on " + r.reference(), why + " — " + r.committeeName(),
                    r.path() + "#update", due, r.pastTargetOn(today) || stale));
        }
        Long[] chaired = directory.standingOf(user.personId()).currentMemberships().stream()
                .filter(m -> CHAIRS.contains(m.role())).map(m -> m.committeeId().value()).toArray(Long[]::new);
        if (chaired.length > 0) {
            for (Recommendation r : queries.reviewsDue(chaired, today.plusDays(30))) {
                items.add(new AttentionItem("Review progress on " + r.reference(),
                        r.committeeName() + " — review or sign off", r.path() + "#review", r.nextReviewOn(),
                        r.nextReviewOn().isBefore(today)));
            }
        }
        if (user.has(Role.SCRUTINY_OFFICER)) {
            long slipped = recommendations.count(new TrackerQuery(null, null, null, null, TrackerStatus.SLIPPED, null,
                    null, null, 1, 1), today, settings.staleAfterDays(), null);
            if (slipped > 0) {
                items.add(new AttentionItem(slipped == 1 ? "1 action has slipped or is past its target"
                        : slipped + " actions have slipped or are past their targets",
                        "Recommendations being implemented — for the committees' next reviews",
                        "/recommendations?status=SLIPPED", null, true));
            }
        }
        return items;
    }
}
