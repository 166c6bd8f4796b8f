package org.scrutineer.forwardplan.internal;

import java.util.Set;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.Role;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Standing;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the forward plan (deny by default). Democratic Services (scrutiny officers), the monitoring
 * officer and the leader keep the forward plan; a decision's maker, lead cabinet member, lead officer and portfolio
 * holder keep their own; councillors who are not on the executive sign call-ins; an overview and scrutiny
 * committee's chair or vice-chair acts for it (pre-decision scrutiny, hearing a call-in, reg 18).
 */
@Component
public class ForwardPlanPermissions {

    private static final Set<MembershipRole> CHAIRS = Set.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR);

    private final DirectoryManagement directory;

    ForwardPlanPermissions(DirectoryManagement directory) {
        this.directory = directory;
    }

    /** Keeps the whole forward plan. */
    public boolean administers(Actor actor) {
        return actor.system() || actor.has(Role.SCRUTINY_OFFICER, Role.MONITORING_OFFICER, Role.LEADER);
    }

    /** Plans a new executive decision. */
    public boolean plans(Actor actor) {
        return administers(actor) || actor.has(Role.CABINET_MEMBER, Role.CHIEF_OFFICER, Role.HEAD_OF_PAID_SERVICE);
    }

    /** Keeps this decision: the forward plan's keepers, or its own maker, lead member, lead officer or portfolio holder. */
    public boolean manages(Actor actor, ExecutiveDecision d) {
        if (administers(actor)) {
            return true;
        }
        if (actor.person() == null) {
            return false;
        }
        long me = actor.person().value();
        if (is(d.makerPerson(), me) || is(d.leadMember(), me) || is(d.leadOfficer(), me)) {
            return true;
        }
        return d.portfolio() != null && directory.portfolio(d.portfolio().id())
                .map(p -> is(p.holder(), me) || is(p.leadOfficer(), me)).orElse(false);
    }

    /** Acts for an overview and scrutiny committee: a scrutiny officer recording, or its chair or vice-chair. */
    public boolean actsForCommittee(Actor actor, CommitteeId committee) {
        if (actor.system() || actor.has(Role.SCRUTINY_OFFICER)) {
            return true;
        }
        return actor.person() != null && directory.standingOf(actor.person()).currentMemberships().stream()
                .anyMatch(m -> m.committeeId().equals(committee) && CHAIRS.contains(m.role()));
    }

    /** Whether a person may sign a call-in: a serving councillor who is not on the executive. */
    public boolean maySign(PersonId person) {
        Standing s;
        try {
            s = directory.standingOf(person);
        } catch (org.scrutineer.platform.NotFoundException e) {
            return false;
        }
        return s.person().kind() == PersonKind.COUNCILLOR && s.person().active() && s.portfolios().isEmpty()
                && s.currentMemberships().stream().noneMatch(m -> m.committeeKind() == CommitteeKind.CABINET);
    }

    /** Whether a person chairs an overview and scrutiny committee (not a task-and-finish group). */
    public boolean chairsScrutiny(PersonId person) {
        return directory.standingOf(person).currentMemberships().stream()
                .anyMatch(m -> m.committeeKind() == CommitteeKind.OVERVIEW_AND_SCRUTINY && m.role() == MembershipRole.CHAIR);
    }

    /** Whether a person holds a role on full council (chair or vice-chair). */
    public boolean holdsCouncilRole(PersonId person, MembershipRole role) {
        return directory.standingOf(person).currentMemberships().stream()
                .anyMatch(m -> m.committeeKind() == CommitteeKind.FULL_COUNCIL && m.role() == role);
    }

    private static boolean is(Reference r, long person) {
        return r != null && r.id() == person;
    }
}
