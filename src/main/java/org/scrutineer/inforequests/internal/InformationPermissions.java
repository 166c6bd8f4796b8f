package org.scrutineer.inforequests.internal;

import java.util.Objects;
import java.util.Set;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.Role;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Standing;
import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.RequestedAs;
import org.springframework.stereotype.Component;

/**
 * Who may do what with information requests (deny by default). Members of the committee (and of its parent) ask and
 * see its requests; the chair asks for the committee; scrutiny officers log requests on anyone's behalf; the officer
 * asked, the chief officers of the directorate and the head of paid service answer; the monitoring officer sees all.
 */
@Component
public class InformationPermissions {

    private static final Set<MembershipRole> CHAIRS = Set.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR);

    private final DirectoryManagement directory;

    InformationPermissions(DirectoryManagement directory) {
        this.directory = directory;
    }

    /** Logs requests for any committee and sees them all. */
    public boolean administers(Actor actor) {
        return actor.system() || actor.has(Role.SCRUTINY_OFFICER);
    }

    /** Sees every request by role. */
    public boolean seesAll(Actor actor) {
        return administers(actor) || actor.has(Role.MONITORING_OFFICER, Role.HEAD_OF_PAID_SERVICE);
    }

    /**
     * Makes a request on the authority given: a member asks for themselves, the chair (or vice-chair) for the chair
     * or the committee; a scrutiny officer logs any of them on the councillor's behalf.
     */
    public boolean asks(Actor actor, CommitteeId committee, long requestedBy, RequestedAs as) {
        if (administers(actor)) {
            return true;
        }
        if (!actor.is(new org.scrutineer.directory.PersonId(requestedBy))) {
            return false;
        }
        return as == RequestedAs.MEMBER ? sitsOn(actor, committee, null) : sitsOn(actor, committee, CHAIRS);
    }

    /** Sees a request: who asked, the committee, those answering it, and those who see all. */
    public boolean sees(Actor actor, InformationRequest r) {
        return seesAll(actor) || actor.is(new org.scrutineer.directory.PersonId(r.requestedById()))
                || answers(actor, r) || sitsOn(actor, new CommitteeId(r.committeeId()), null);
    }

    /** Answers for the executive: the officer asked, a chief officer of the directorate, the head of paid service. */
    public boolean answers(Actor actor, InformationRequest r) {
        if (actor.system() || actor.has(Role.HEAD_OF_PAID_SERVICE)) {
            return true;
        }
        if (actor.person() == null) {
            return false;
        }
        if (actor.person().value() == r.responsibleOfficerId()) {
            return true;
        }
        if (!actor.has(Role.CHIEF_OFFICER) || r.directorateId() == null) {
            return false;
        }
        Person me = directory.requirePerson(actor.person());
        return me.directorate() != null && me.directorate().id() == r.directorateId();
    }

    /** Answers a clarification (restarting the clock) or withdraws: who asked, the committee's chairs, scrutiny officers. */
    public boolean speaksForRequester(Actor actor, InformationRequest r) {
        return administers(actor) || actor.is(new org.scrutineer.directory.PersonId(r.requestedById()))
                || sitsOn(actor, new CommitteeId(r.committeeId()), CHAIRS);
    }

    /** The committees the actor sits on (with their task-and-finish parents), for list queries. */
    public Long[] committeesOf(Actor actor) {
        if (actor.person() == null) {
            return new Long[0];
        }
        Standing s = directory.standingOf(actor.person());
        return s.currentMemberships().stream().map(m -> m.committeeId().value()).distinct().toArray(Long[]::new);
    }

    /** The actor's directorate, when they are a chief officer. */
    public Long chiefOfficerDirectorate(Actor actor) {
        if (actor.person() == null || !actor.has(Role.CHIEF_OFFICER)) {
            return null;
        }
        Reference d = directory.requirePerson(actor.person()).directorate();
        return d == null ? null : d.id();
    }

    /** Whether the person sits on the committee (or its parent) today, in one of the roles (any when null). */
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
}
