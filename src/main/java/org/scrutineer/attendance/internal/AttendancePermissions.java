package org.scrutineer.attendance.internal;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.Role;
import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Reference;
import org.scrutineer.meetings.MeetingManagement;
import org.springframework.stereotype.Component;

/**
 * Who may do what with requests to attend, by role and by relationship; everything else is refused. Scrutiny
 * officers arrange attendance and record replies and the witness register; the committee's chair or vice-chair
 * acts for the committee (a scrutiny councillor has no authority to act alone): it asks people to attend and alone
 * decides on substitutes and requests to speak; the person asked replies for themselves; the responsible chief
 * officer nominates which officers attend (Rotherham code 5.5).
 */
@Component
public class AttendancePermissions {

    private final MeetingManagement meetings;
    private final DirectoryManagement directory;

    AttendancePermissions(MeetingManagement meetings, DirectoryManagement directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    /** Supports scrutiny: records replies, takes the witness register, records attendance by right. */
    public boolean administers(Actor actor) {
        return actor.system() || actor.has(Role.SCRUTINY_OFFICER);
    }

    /** Acts for the committee: its chair or vice-chair (or the application itself, loading data). */
    public boolean chairs(Actor actor, CommitteeId committee) {
        return actor.system() || meetings.chairs(actor, committee);
    }

    /** Asks people to attend the committee's meetings, sends notices and withdraws requests. */
    public boolean arranges(Actor actor, CommitteeId committee) {
        return administers(actor) || chairs(actor, committee);
    }

    /** Replies to a request: the person asked, or a scrutiny officer recording their reply. */
    public boolean responds(Actor actor, AttendanceRequest r) {
        return administers(actor) || actor.is(new org.scrutineer.directory.PersonId(r.person().id()));
    }

    /** Reads what a private item's witness is asked to address: those entitled to its exempt content, and the witness. */
    public boolean seesAddress(Actor actor, AttendanceRequest r) {
        return !r.itemInPrivate() || meetings.seesExempt(actor, r.committeeId()) || concerns(actor, r);
    }

    /** Whether the request is addressed to the actor, or was before a substitute took their place. */
    public boolean concerns(Actor actor, AttendanceRequest r) {
        return actor.person() != null && (actor.person().value() == r.person().id()
                || (r.originalPerson() != null && actor.person().value() == r.originalPerson().id()));
    }

    /**
     * Nominates the officers who attend in answer to a request to an officer: the officer asked if a chief officer
     * or the chief executive, a chief officer of their directorate, or the lead officer of the item's portfolio.
     *
     * @param addressee the officer asked
     * @param portfolioId the item's portfolio (may be null)
     */
    public boolean nominates(Actor actor, Person addressee, Long portfolioId) {
        if (addressee.kind() != PersonKind.OFFICER) {
            return false;
        }
        if (actor.system()) {
            return true;
        }
        if (actor.person() == null) {
            return false;
        }
        Person me = directory.person(actor.person()).filter(Person::active).orElse(null);
        if (me == null || me.kind() != PersonKind.OFFICER) {
            return false;
        }
        Long lead = portfolioId == null ? null : directory.portfolio(portfolioId).map(Portfolio::leadOfficer)
                .map(Reference::id).orElse(null);
        return AttendanceRules.responsibleChiefOfficer(me.id().value(), me.seniority(), idOf(me.directorate()),
                addressee.id().value(), addressee.seniority(), idOf(addressee.directorate()), lead);
    }

    private static Long idOf(Reference r) {
        return r == null ? null : r.id();
    }
}
