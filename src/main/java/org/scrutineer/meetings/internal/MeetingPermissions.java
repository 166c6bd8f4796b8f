package org.scrutineer.meetings.internal;

import java.util.Objects;
import java.util.Set;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.Role;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Reference;
import org.springframework.stereotype.Component;

/**
 * Who may do what with meetings. Scrutiny officers run meetings for every committee (deny by default for everyone
 * else); the committee's chair and vice-chair act for it on the day; exempt content of private items is for the
 * committee's members (and those of its parent committee), scrutiny officers and the statutory officers.
 */
@Component
public class MeetingPermissions {

    private static final Set<MembershipRole> CHAIRS = Set.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR);

    private final DirectoryManagement directory;

    MeetingPermissions(DirectoryManagement directory) {
        this.directory = directory;
    }

    /** Schedules meetings, writes agendas, takes the register, writes the minutes. */
    public boolean administers(Actor actor) {
        return actor.system() || actor.has(Role.SCRUTINY_OFFICER);
    }

    /** Reads a private item's aims, questions, report and minutes. */
    public boolean seesExempt(Actor actor, CommitteeId committee) {
        return administers(actor) || actor.has(Role.MONITORING_OFFICER, Role.HEAD_OF_PAID_SERVICE)
                || sitsOn(actor, committee, null);
    }

    /** Acts for the committee: its chair or vice-chair. */
    public boolean chairs(Actor actor, CommitteeId committee) {
        return sitsOn(actor, committee, CHAIRS);
    }

    /** Declares an interest on an item: scrutiny officers record them for anyone; a councillor for themselves. */
    public boolean declaresFor(Actor actor, org.scrutineer.directory.PersonId person) {
        return administers(actor) || actor.is(person);
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
