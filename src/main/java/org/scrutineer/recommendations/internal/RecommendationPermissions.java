package org.scrutineer.recommendations.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.scrutineer.accounts.Role;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Standing;
import org.scrutineer.accounts.Actor;
import org.scrutineer.recommendations.Approval;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.ScrutinyReport;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a report or recommendation, by role and by relationship: scrutiny officers run the process;
 * members of the committee see its drafts and exempt material; the people a draft was shared with comment on it;
 * the cabinet members and lead officers for the portfolios concerned draft and approve the executive's response
 * and post updates; the committee's chair and vice-chair review and sign off. Everything else is refused.
 */
@Component
public class RecommendationPermissions {

    private static final Set<MembershipRole> CHAIRS = Set.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR);

    private final DirectoryManagement directory;
    private final Activity activity;

    RecommendationPermissions(DirectoryManagement directory, Activity activity) {
        this.directory = directory;
        this.activity = activity;
    }

    /** Runs the scrutiny process: writes reports, shares drafts, records agreement, serves notice, publishes. */
    public boolean administers(Actor actor) {
        return actor.system() || actor.has(Role.SCRUTINY_OFFICER);
    }

    /** Sees a report while it is a draft. */
    public boolean seesDraft(Actor actor, ScrutinyReport report) {
        return administers(actor) || sitsOn(actor, report.committeeId(), null)
                || (actor.person() != null && activity.sharedWith(report.id(), actor.person().value()));
    }

    /** Sees the report at all. */
    public boolean sees(Actor actor, ScrutinyReport report) {
        return report.state().agreed() || seesDraft(actor, report);
    }

    /** Comments on a draft: those it was shared with, the committee and scrutiny officers. */
    public boolean comments(Actor actor, ScrutinyReport report) {
        return report.state().editable() && seesDraft(actor, report);
    }

    /**
     * Sees exempt material in reports and recommendations: the committee's members, scrutiny officers, and the
     * executive and statutory officers the recommendations are addressed to.
     */
    public boolean seesExempt(Actor actor, CommitteeId committee) {
        return seesAllExempt(actor) || sitsOn(actor, committee, null);
    }

    /** Sees every committee's exempt material, by role rather than by sitting on the committee. */
    public boolean seesAllExempt(Actor actor) {
        return administers(actor) || actor.has(Role.CABINET_MEMBER, Role.LEADER, Role.CHIEF_OFFICER,
                Role.MONITORING_OFFICER, Role.HEAD_OF_PAID_SERVICE);
    }

    /** Drafts the executive response: officers and members of the executive concerned, or scrutiny officers on their behalf. */
    public boolean draftsResponse(Actor actor, Collection<Recommendation> recommendations) {
        return administers(actor) || actor.has(Role.LEADER, Role.CHIEF_OFFICER, Role.HEAD_OF_PAID_SERVICE)
                || executiveFor(actor, recommendations, true);
    }

    /**
     * Approves the executive response so that it counts as given: the cabinet member responsible for the
     * portfolio (or the leader); a decision of cabinet is recorded by the leader, a cabinet member concerned or a
     * scrutiny officer.
     */
    public boolean approves(Actor actor, Collection<Recommendation> recommendations, Approval via) {
        if (actor.system() || actor.has(Role.LEADER)) {
            return true;
        }
        if (via == Approval.CABINET && actor.has(Role.SCRUTINY_OFFICER)) {
            return true;
        }
        return actor.has(Role.CABINET_MEMBER) && executiveFor(actor, recommendations, false);
    }

    /** Posts implementation updates: the action's owners, chief officers and scrutiny officers. */
    public boolean updates(Actor actor, Recommendation r) {
        return administers(actor) || actor.has(Role.LEADER, Role.CHIEF_OFFICER, Role.HEAD_OF_PAID_SERVICE)
                || actor.is(personOf(r.cabinetMember())) || actor.is(personOf(r.leadOfficer()))
                || executiveFor(actor, Set.of(r), true);
    }

    /** Reviews progress and signs off: the committee's chair or vice-chair and scrutiny officers. */
    public boolean reviews(Actor actor, Recommendation r) {
        return administers(actor) || sitsOn(actor, r.committeeId(), CHAIRS);
    }

    /** Whether the actor holds, or is lead officer for, a portfolio of the recommendations, or is addressed. */
    private boolean executiveFor(Actor actor, Collection<Recommendation> recommendations, boolean officersToo) {
        if (actor.person() == null) {
            return false;
        }
        Standing standing = directory.standingOf(actor.person());
        Set<Long> portfolios = new java.util.HashSet<>();
        standing.portfolios().forEach(p -> portfolios.add(p.id()));
        if (officersToo) {
            standing.leadOfficerFor().forEach(p -> portfolios.add(p.id()));
        }
        return recommendations.stream().anyMatch(r -> (r.portfolio() != null && portfolios.contains(r.portfolio().id()))
                || actor.is(personOf(r.addressee()))
                // the owners a draft names may work on it, but naming someone does not let them approve it
                || (officersToo && (actor.is(personOf(r.cabinetMember())) || actor.is(personOf(r.leadOfficer())))));
    }

    /** Whether the actor sits on the committee (or the committee it reports to), in one of the roles if given. */
    public boolean sitsOn(Actor actor, CommitteeId committee, Set<MembershipRole> roles) {
        if (actor.person() == null) {
            return false;
        }
        Reference parent = directory.committee(committee).map(c -> c.parent()).orElse(null);
        return directory.standingOf(actor.person()).currentMemberships().stream()
                .filter(m -> roles == null || roles.contains(m.role()))
                .anyMatch(m -> m.committeeId().equals(committee)
                        || (parent != null && Objects.equals(m.committeeId().value(), parent.id())));
    }

    private static org.scrutineer.directory.PersonId personOf(Reference ref) {
        return ref == null ? null : new org.scrutineer.directory.PersonId(ref.id());
    }
}
