package org.scrutineer.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.scrutineer.accounts.Actor;
import org.scrutineer.attendance.internal.AttendancePermissions;
import org.scrutineer.attendance.internal.AttendanceRequests;
import org.scrutineer.attendance.internal.AttendanceRules;
import org.scrutineer.attendance.internal.FigureRow;
import org.scrutineer.attendance.internal.NoticeMail;
import org.scrutineer.attendance.internal.Notices;
import org.scrutineer.attendance.internal.SpeakingRequests;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.Standing;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance module's face. A scrutiny officer or the committee's chair requires (LGA 2000 s9FA: a cabinet
 * member or an officer) or invites (anyone) a person to attend an agenda item, which starts tracking the
 * {@code notice-to-attend} deadline; sending the notice meets it (short notice is flagged) and produces the notice
 * with a briefing note for witnesses. The person replies: confirms, declines with a reason, or proposes a
 * substitute, which the chair or vice-chair accepts or refuses with reasons. For officers, the responsible chief
 * officer nominates who attends. Councillors who are not members ask the chair to speak; the leader and the chief
 * executive attend by right. After the meeting the scrutiny officer takes the witness register, and the figures
 * count what happened for the chairs' periodic review. Every rule and permission is checked here and every change
 * is written to the audit history in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceManagement {

    /** Audit record types (the request's type is also the notice deadline's record type). */
    public static final String REQUEST = "attendance-request";
    public static final String SPEAKING = "speaking-request";

    /** The deadline rule for giving notice to attend (T = the meeting date). */
    public static final String NOTICE_RULE = "notice-to-attend";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final Set<MembershipRole> CHAIRS = Set.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR);

    private final AttendanceRequests requests;
    private final SpeakingRequests speaking;
    private final AttendancePermissions permissions;
    private final MeetingManagement meetings;
    private final DirectoryManagement directory;
    private final DeadlineManagement deadlines;
    private final NoticeMail mail;
    private final AuditHistory audit;
    private final Clock clock;

    AttendanceManagement(AttendanceRequests requests, SpeakingRequests speaking, AttendancePermissions permissions,
            MeetingManagement meetings, DirectoryManagement directory, DeadlineManagement deadlines, NoticeMail mail,
            AuditHistory audit, Optional<Clock> clock) {
        this.requests = requests;
        this.speaking = speaking;
        this.permissions = permissions;
        this.meetings = meetings;
        this.directory = directory;
        this.deadlines = deadlines;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Today, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The page of a request to attend. */
    public static String requestPath(AttendanceRequestId id) {
        return "/attendance/requests/" + id;
    }

    /** The attendance page of an item. */
    public static String itemPath(MeetingId meeting, AgendaItemId item) {
        return "/meetings/" + meeting + "/items/" + item + "/attendance";
    }

    // --- permissions -------------------------------------------------------------------------------------------

    /** Whether the actor may ask people to attend the meeting's items (a scrutiny officer, the chair or vice-chair). */
    public boolean mayArrange(Actor actor, MeetingId meeting) {
        return permissions.arranges(actor, meetings.meeting(meeting).committeeId());
    }

    /** Whether the actor takes witness registers and records attendance by right (a scrutiny officer). */
    public boolean mayTakeRegister(Actor actor) {
        return permissions.administers(actor);
    }

    /** Whether the actor is the chair or vice-chair of the meeting's committee (who decides for the committee). */
    public boolean chairs(Actor actor, MeetingId meeting) {
        return permissions.chairs(actor, meetings.meeting(meeting).committeeId());
    }

    /** Whether the actor may ask to speak on the item: a councillor who is not a member, or a scrutiny officer. */
    public boolean mayAskToSpeak(Actor actor, AgendaItemId itemId) {
        Meeting m = meetings.meeting(meetings.item(Actor.SYSTEM, itemId).meetingId());
        if (m.status() == MeetingStatus.CANCELLED || m.status() == MeetingStatus.HELD) {
            return false;
        }
        if (permissions.administers(actor)) {
            return true;
        }
        return actor.person() != null && actor.has(org.scrutineer.accounts.Role.COUNCILLOR)
                && meetings.membersOn(m).stream().noneMatch(ms -> actor.is(ms.personId()));
    }

    /** What the actor may do to a request now. */
    public RequestActions actionsFor(Actor actor, AttendanceRequest r) {
        boolean arranges = permissions.arranges(actor, r.committeeId());
        boolean nominate = false;
        if (!r.nominee() && r.itemId() != null && Set.of(RequestState.NOTICE_SENT, RequestState.CONFIRMED,
                RequestState.NOMINATED).contains(r.state())) {
            Person addressee = directory.requirePerson(new PersonId(r.person().id()));
            nominate = permissions.nominates(actor, addressee, item(r).portfolioId());
        }
        return new RequestActions(arranges && r.state() == RequestState.REQUESTED,
                (r.state() == RequestState.NOTICE_SENT || r.state() == RequestState.CONFIRMED)
                        && permissions.responds(actor, r),
                r.state() == RequestState.SUBSTITUTE_PROPOSED && permissions.chairs(actor, r.committeeId()),
                nominate, arranges && r.state().open());
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /** A request to attend, as the actor may see it. */
    public AttendanceRequest request(Actor actor, AttendanceRequestId id) {
        return shown(actor, require(id));
    }

    /** An item's requests to attend, each followed by the officers nominated in answer to it. */
    public List<AttendanceRequest> requestsFor(Actor actor, AgendaItemId itemId) {
        meetings.item(actor, itemId);
        return requests.ofItem(itemId).stream().map(r -> shown(actor, r)).toList();
    }

    /** The officers nominated in answer to a request. */
    public List<AttendanceRequest> nominees(Actor actor, AttendanceRequestId id) {
        return requests.nominees(id).stream().map(r -> shown(actor, r)).toList();
    }

    /** The leader's and chief executive's attendance by right at a meeting. */
    public List<AttendanceRequest> attendanceByRight(Actor actor, MeetingId meeting) {
        meetings.meeting(meeting);
        return requests.ofMeeting(meeting).stream().filter(r -> r.kind() == RequestKind.BY_RIGHT)
                .filter(r -> r.state() == RequestState.CONFIRMED).map(r -> shown(actor, r)).toList();
    }

    /**
     * The witness register of a meeting: everyone confirmed to attend its items (including nominated officers and
     * accepted substitutes) and those attending by right, in agenda order, with whether they were present.
     */
    public List<AttendanceRequest> register(Actor actor, MeetingId meeting) {
        meetings.meeting(meeting);
        return requests.ofMeeting(meeting).stream().filter(r -> r.state() == RequestState.CONFIRMED)
                .map(r -> shown(actor, r)).toList();
    }

    /** Requests to, or once to, the actor (asked, attending, nominated or proposed as a substitute), newest first. */
    public List<AttendanceRequest> mine(Actor actor) {
        if (actor.person() == null) {
            return List.of();
        }
        return requests.concerning(actor.person().value(), 200).stream().map(r -> shown(actor, r)).toList();
    }

    /** Requests whose notice was sent to the actor and which await their reply. */
    public List<AttendanceRequest> awaitingReply(Actor actor) {
        if (actor.person() == null) {
            return List.of();
        }
        return requests.awaitingReplyFrom(actor.person().value()).stream().map(r -> shown(actor, r)).toList();
    }

    /** Requests to officers awaiting the actor's nomination as the responsible chief officer. */
    public List<AttendanceRequest> awaitingNomination(Actor actor) {
        if (actor.person() == null) {
            return List.of();
        }
        Person me = directory.person(actor.person()).orElse(null);
        if (me == null || me.kind() != PersonKind.OFFICER || !me.active()) {
            return List.of();
        }
        boolean chief = me.seniority() == Seniority.CHIEF_OFFICER || me.seniority() == Seniority.CHIEF_EXECUTIVE;
        return requests.awaitingNominationBy(me.id().value(), chief,
                        me.directorate() == null ? null : me.directorate().id()).stream()
                .map(r -> shown(actor, r)).toList();
    }

    /** Substitutes proposed at meetings of the committees the actor chairs or vice-chairs, awaiting their decision. */
    public List<AttendanceRequest> substitutionsAwaiting(Actor actor) {
        Long[] chaired = chaired(actor);
        return chaired.length == 0 ? List.of()
                : requests.substitutionsAwaiting(chaired).stream().map(r -> shown(actor, r)).toList();
    }

    /** Requests to speak at meetings of the committees the actor chairs or vice-chairs, awaiting their decision. */
    public List<SpeakingRequest> speakingAwaiting(Actor actor) {
        Long[] chaired = chaired(actor);
        return chaired.length == 0 ? List.of() : speaking.awaiting(chaired);
    }

    /**
     * Items of upcoming meetings of the committees the actor chairs or vice-chairs whose confirmed executive
     * attendees are all officers below head of service, one confirmed attendee of each standing for the item.
     */
    public List<AttendanceRequest> juniorOnlyUpcoming(Actor actor) {
        Long[] chaired = chaired(actor);
        if (chaired.length == 0) {
            return List.of();
        }
        Map<Long, List<AttendanceRequest>> byItem = new LinkedHashMap<>();
        for (AttendanceRequest r : requests.attendingUpcoming(chaired, today())) {
            byItem.computeIfAbsent(r.itemId().value(), k -> new ArrayList<>()).add(r);
        }
        return byItem.values().stream()
                .filter(list -> AttendanceRules.juniorOnly(list.stream().filter(AttendanceRequest::attending)
                        .map(AttendanceRequest::capacity).toList()))
                .map(list -> shown(actor, list.get(0))).toList();
    }

    /**
     * Whether the item is attended only by junior staff: its confirmed attendees from the executive side (cabinet
     * members and officers, not external witnesses) are all officers below head of service (Rotherham code 5.5).
     */
    public boolean juniorOnly(AgendaItemId itemId) {
        return AttendanceRules.juniorOnly(requests.ofItem(itemId).stream().filter(AttendanceRequest::attending)
                .map(AttendanceRequest::capacity).toList());
    }

    /** An item's requests to speak. */
    public List<SpeakingRequest> speakingRequests(Actor actor, AgendaItemId itemId) {
        meetings.item(actor, itemId);
        return speaking.ofItem(itemId);
    }

    /** A request to speak. */
    public SpeakingRequest speakingRequest(SpeakingRequestId id) {
        return speaking.find(id).orElseThrow(() -> new NotFoundException("Request to speak " + id));
    }

    /**
     * The notice to attend and its briefing note, dated the day it was sent (or today, as a draft). The person asked
     * and those entitled to the item's exempt content read a private item's aims; others read them withheld.
     */
    public AttendanceNotice notice(Actor actor, AttendanceRequestId id) {
        AttendanceRequest r = require(id);
        if (r.itemId() == null) {
            throw new NotFoundException("Attendance by right has no notice");
        }
        boolean full = permissions.seesAddress(actor, r);
        return noticeOf(full ? r : r.withheldView(), full ? item(r) : meetings.item(actor, r.itemId()),
                r.noticeSentOn() != null ? r.noticeSentOn() : today());
    }

    // --- requests ----------------------------------------------------------------------------------------------

    /**
     * Asks a person to attend an item: a requirement (only a cabinet member or an officer, s9FA) or an invitation.
     * Starts tracking the notice-to-attend deadline. Requiring someone who holds an open invitation to the item
     * replaces the invitation.
     */
    @Transactional
    public AttendanceRequestId ask(Actor actor, AgendaItemId itemId, NewRequest r) {
        AgendaItem item = meetings.item(Actor.SYSTEM, itemId);
        Meeting m = meetings.meeting(item.meetingId());
        if (!permissions.arranges(actor, m.committeeId())) {
            throw new AccessDeniedException("Only a scrutiny officer or the committee's chair or vice-chair asks people "
                    + "to attend");
        }
        Person person = activePerson(r.personId());
        fail(AttendanceRules.request(r, person == null ? null : capacityOf(person), m.status()));
        Capacity capacity = capacityOf(person);
        Optional<AttendanceRequest> open = requests.openRequest(itemId, person.id().value());
        if (open.isPresent()) {
            if (open.get().kind() == RequestKind.INVITATION && r.kind() == RequestKind.REQUIREMENT) {
                close(open.get(), RequestState.WITHDRAWN, "Replaced by a requirement to attend", true);
            } else {
                throw new RuleViolationException("personId", person.fullName() + " is already asked to attend this "
                        + "item (" + open.get().kind().label().toLowerCase() + ", " + open.get().state().label()
                        .toLowerCase() + ")");
            }
        } else if (requests.attendsOrAsked(itemId, person.id().value())) {
            throw new RuleViolationException("personId", person.fullName() + " already attends this item, nominated by "
                    + "their chief officer");
        }
        AttendanceRequestId id = requests.insertRequest(m.id(), itemId, r.kind(), person.id().value(), capacity,
                        r.address(), r.questions(), actor.name(), today())
                .orElseThrow(() -> new RuleViolationException("personId", person.fullName()
                        + " is already asked to attend this item"));
        trackNotice(require(id), m);
        audit.created(REQUEST, id, snapshot(require(id)));
        return id;
    }

    /**
     * Records that the notice was sent on a day: meets the notice deadline (flagging short notice when late) and
     * e-mails the notice with its briefing note when e-mail is on and the person has an address.
     */
    @Transactional
    public NoticeSent sendNotice(Actor actor, AttendanceRequestId id, LocalDate on) {
        requests.lock(id);
        AttendanceRequest before = require(id);
        Meeting m = meetings.meeting(before.meetingId());
        if (!permissions.arranges(actor, before.committeeId())) {
            throw new AccessDeniedException("Only a scrutiny officer or the committee's chair sends notices to attend");
        }
        if (m.status() == MeetingStatus.CANCELLED) {
            throw new RuleViolationException(null, "The meeting was cancelled");
        }
        fail(AttendanceRules.notice(before.state(), on, m.date(), today()));
        boolean late = before.noticeDue() != null && on.isAfter(before.noticeDue());
        if (before.deadlineId() != null) {
            TrackedDeadline d = deadlines.require(before.deadlineId());
            if (open(d)) {
                late = deadlines.met(d.id(), on).metLate();
            } else if (d.state() == DeadlineState.MET) {
                late = d.metLate();
            }
            requests.noticeDeadlineClosed(d.id());
        }
        if (!requests.noticeSent(id, before.version(), on, late, false)) {
            throw new ConflictException("The request to attend");
        }
        AttendanceRequest sent = require(id);
        AttendanceNotice notice = noticeOf(sent, item(sent), on);
        Person person = directory.requirePerson(new PersonId(sent.person().id()));
        boolean emailed = mail.send(person.email(), notice);
        String delivery;
        if (emailed) {
            requests.noticeEmailed(id);
            delivery = "The notice was e-mailed to " + person.email() + ".";
        } else if (!mail.enabled()) {
            delivery = "E-mail is off: print the notice and send it.";
        } else if (person.email() == null || person.email().isBlank()) {
            delivery = person.fullName() + " has no e-mail address in the directory: print the notice and send it.";
        } else {
            delivery = "The e-mail could not be sent: print the notice and send it.";
        }
        AttendanceRequest after = require(id);
        audit.changed(REQUEST, id, snapshot(before), snapshot(after));
        return new NoticeSent(after, emailed, delivery);
    }

    /**
     * Records a reply: the person asked (or a scrutiny officer recording it) confirms, declines with a reason, or
     * proposes a substitute with a reason (the chair then decides). A confirmed attendee may still decline.
     *
     * @param version the version read; when given, a request changed since is refused (409)
     */
    @Transactional
    public AttendanceRequest respond(Actor actor, AttendanceRequestId id, Integer version, AttendanceResponse response) {
        requests.lock(id);
        AttendanceRequest before = require(id);
        if (!permissions.responds(actor, before)) {
            throw new AccessDeniedException("Only the person asked, or a scrutiny officer recording their reply, replies");
        }
        checkVersion(before, version);
        AttendanceResponse given = response == null ? new AttendanceResponse(null, null, null) : response;
        if (before.nominee() && given.kind() == ResponseKind.PROPOSE_SUBSTITUTE) {
            throw new RuleViolationException("response", "A nominated officer who cannot attend declines: the chief "
                    + "officer who nominated them nominates someone else");
        }
        Person substitute = given.kind() == ResponseKind.PROPOSE_SUBSTITUTE ? activePerson(given.substituteId()) : null;
        fail(AttendanceRules.response(before.state(), before.kind(), given,
                substitute == null ? null : capacityOf(substitute),
                substitute != null && substitute.id().value() == before.person().id()));
        RequestState next = AttendanceRules.afterResponse(given.kind());
        String reason = given.reason() == null ? null : given.reason().strip();
        if (!requests.responded(id, before.version(), next, today(), actor.name(),
                given.kind() == ResponseKind.DECLINE ? reason : null,
                substitute == null ? null : substitute.id().value(),
                given.kind() == ResponseKind.PROPOSE_SUBSTITUTE ? reason : null)) {
            throw new ConflictException("The request to attend");
        }
        AttendanceRequest after = require(id);
        audit.changed(REQUEST, id, snapshot(before), snapshot(after));
        return shown(actor, after);
    }

    /**
     * The chair's or vice-chair's decision on a proposed substitute (not a scrutiny officer's or a member's: a
     * scrutiny councillor has no authority to act alone). Accepted, the substitute becomes the attendee; refused
     * (reasons required), the request awaits the reply of the person asked again.
     */
    @Transactional
    public AttendanceRequest decideSubstitution(Actor actor, AttendanceRequestId id, Integer version, Boolean accept,
            String reason) {
        requests.lock(id);
        AttendanceRequest before = require(id);
        if (!permissions.chairs(actor, before.committeeId())) {
            throw new AccessDeniedException("Only the committee's chair or vice-chair decides on a substitute");
        }
        checkVersion(before, version);
        Reference proposed = before.proposedSubstitute();
        boolean alreadyAsked = Boolean.TRUE.equals(accept) && proposed != null && before.itemId() != null
                && requests.attendsOrAsked(before.itemId(), proposed.id());
        fail(AttendanceRules.substitutionDecision(before.state(), accept, reason, alreadyAsked));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        boolean saved;
        if (accept) {
            Person substitute = directory.requirePerson(new PersonId(proposed.id()));
            saved = requests.substitutionAccepted(id, before.version(), proposed.id(), capacityOf(substitute), why,
                    actor.name(), today());
        } else {
            saved = requests.substitutionRefused(id, before.version(), why, actor.name(), today());
        }
        if (!saved) {
            throw new ConflictException("The request to attend");
        }
        AttendanceRequest after = require(id);
        audit.changed(REQUEST, id, snapshot(before), snapshot(after));
        return shown(actor, after);
    }

    /**
     * The responsible chief officer's nomination of the officers who attend in answer to a request to an officer
     * (Rotherham code 5.5): each nominee becomes a confirmed attendee; unless the officer asked attends as well,
     * the request is answered as NOMINATED.
     */
    @Transactional
    public List<AttendanceRequestId> nominate(Actor actor, AttendanceRequestId id, Integer version, Nomination n) {
        requests.lock(id);
        AttendanceRequest before = require(id);
        if (before.nominee() || before.itemId() == null) {
            throw new RuleViolationException(null, "Officers are nominated only in answer to a request to attend an item");
        }
        Person addressee = directory.requirePerson(new PersonId(before.person().id()));
        if (!permissions.nominates(actor, addressee, item(before).portfolioId())) {
            throw new AccessDeniedException("Only the responsible chief officer decides which officers attend");
        }
        checkVersion(before, version);
        Nomination given = n == null ? new Nomination(List.of(), false) : n;
        List<Long> ids = List.copyOf(new LinkedHashSet<>(given.officerIds()));
        Map<PersonId, Person> people = directory.people(ids.stream().map(PersonId::new).toList());
        List<Capacity> capacities = ids.stream().map(i -> people.get(new PersonId(i)))
                .map(p -> p == null || !p.active() || p.kind() != PersonKind.OFFICER ? null : capacityOf(p)).toList();
        boolean includesAddressee = ids.contains(addressee.id().value());
        boolean already = ids.stream().anyMatch(i -> requests.attendsOrAsked(before.itemId(), i));
        fail(AttendanceRules.nomination(before.state(), addressee.kind() == PersonKind.OFFICER, capacities,
                includesAddressee, already));
        long nominatedBy = actor.person() != null ? actor.person().value() : addressee.id().value();
        List<AttendanceRequestId> created = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            AttendanceRequestId nominee = requests.insertNominee(before, ids.get(i), capacities.get(i), nominatedBy,
                    actor.name(), today());
            audit.created(REQUEST, nominee, snapshot(require(nominee)));
            created.add(nominee);
        }
        RequestState next = AttendanceRules.afterNomination(given.addresseeAttends());
        if (!requests.responded(id, before.version(), next, today(), actor.name(), null, null, null)) {
            throw new ConflictException("The request to attend");
        }
        audit.changed(REQUEST, id, snapshot(before), snapshot(require(id)));
        return created;
    }

    /** Withdraws a request (and the attendance of officers nominated in answer to it), with the reason. */
    @Transactional
    public void withdraw(Actor actor, AttendanceRequestId id, String reason) {
        requests.lock(id);
        AttendanceRequest before = require(id);
        if (!permissions.arranges(actor, before.committeeId())) {
            throw new AccessDeniedException("Only a scrutiny officer or the committee's chair withdraws a request");
        }
        fail(AttendanceRules.withdrawal(before.state(), reason));
        close(before, RequestState.WITHDRAWN, reason.strip(), true);
    }

    // --- attendance by right and the witness register ------------------------------------------------------------

    /**
     * The chair records that they invited the leader or the chief executive, who may attend any meeting by right, to
     * speak: their attendance is recorded for the meeting as a whole.
     */
    @Transactional
    public AttendanceRequestId inviteToSpeak(Actor actor, MeetingId meetingId, Long personId) {
        Meeting m = meetings.meeting(meetingId);
        if (!permissions.chairs(actor, m.committeeId())) {
            throw new AccessDeniedException("Only the chair or vice-chair invites the leader or chief executive to speak");
        }
        Person person = activePerson(personId);
        fail(AttendanceRules.byRight(person == null ? null : capacityOf(person), person != null && leader(person),
                m.status()));
        Optional<AttendanceRequest> existing = requests.byRight(meetingId, person.id().value());
        if (existing.isPresent()) {
            if (!existing.get().invitedToSpeak()) {
                requests.invitedToSpeak(existing.get().id());
                audit.changed(REQUEST, existing.get().id(), snapshot(existing.get()),
                        snapshot(require(existing.get().id())));
            }
            return existing.get().id();
        }
        AttendanceRequestId id = requests.insertByRight(meetingId, person.id().value(), capacityOf(person), true, null,
                actor.name(), today());
        audit.created(REQUEST, id, snapshot(require(id)));
        return id;
    }

    /** After the meeting, the scrutiny officer records that the leader or chief executive attended by right. */
    @Transactional
    public AttendanceRequestId recordAttendanceByRight(Actor actor, MeetingId meetingId, Long personId) {
        administers(actor);
        Meeting m = meetings.meeting(meetingId);
        List<FieldProblem> problems = new ArrayList<>(AttendanceRules.register(m.status(), m.date(), today()));
        Person person = activePerson(personId);
        problems.addAll(AttendanceRules.byRight(person == null ? null : capacityOf(person),
                person != null && leader(person), m.status()));
        fail(problems.stream().distinct().toList());
        Optional<AttendanceRequest> existing = requests.byRight(meetingId, person.id().value());
        if (existing.isPresent()) {
            if (!Boolean.TRUE.equals(existing.get().attended())) {
                requests.attended(existing.get().id(), true, today());
                audit.changed(REQUEST, existing.get().id(), snapshot(existing.get()),
                        snapshot(require(existing.get().id())));
            }
            return existing.get().id();
        }
        AttendanceRequestId id = requests.insertByRight(meetingId, person.id().value(), capacityOf(person), false, true,
                actor.name(), today());
        audit.created(REQUEST, id, snapshot(require(id)));
        return id;
    }

    /**
     * Takes the witness register after the meeting: each confirmed attendee present or absent (a line with no
     * answer is left as it was).
     */
    @Transactional
    public void takeRegister(Actor actor, MeetingId meetingId, List<WitnessLine> lines) {
        administers(actor);
        Meeting m = meetings.meeting(meetingId);
        fail(AttendanceRules.register(m.status(), m.date(), today()));
        Map<Long, AttendanceRequest> attendees = new LinkedHashMap<>();
        requests.ofMeeting(meetingId).stream().filter(r -> r.state() == RequestState.CONFIRMED)
                .forEach(r -> attendees.put(r.id().value(), r));
        List<WitnessLine> given = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).toList();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i).requestId() == null || !attendees.containsKey(given.get(i).requestId())) {
                problems.add(new FieldProblem("lines[" + i + "].requestId", "Record only the people confirmed to attend "
                        + "this meeting"));
            }
        }
        fail(problems);
        for (WitnessLine line : given) {
            AttendanceRequest before = attendees.get(line.requestId());
            if (line.present() != null && !line.present().equals(before.attended())) {
                requests.attended(before.id(), line.present(), today());
                audit.changed(REQUEST, before.id(), snapshot(before), snapshot(require(before.id())));
            }
        }
    }

    // --- requests to speak -------------------------------------------------------------------------------------

    /**
     * A councillor who is not a member of the committee asks to speak on an item (Rotherham code 5.7); a scrutiny
     * officer may record the request for them.
     *
     * @param personId the councillor (null: the actor)
     */
    @Transactional
    public SpeakingRequestId askToSpeak(Actor actor, AgendaItemId itemId, Long personId, String reason) {
        AgendaItem item = meetings.item(Actor.SYSTEM, itemId);
        Meeting m = meetings.meeting(item.meetingId());
        Long who = personId != null ? personId : actor.person() == null ? null : actor.person().value();
        if (who == null || !(permissions.administers(actor) || actor.is(new PersonId(who)))) {
            throw new AccessDeniedException("A councillor asks to speak for themselves, or a scrutiny officer records it");
        }
        Person person = activePerson(who);
        boolean member = meetings.membersOn(m).stream().anyMatch(ms -> ms.personId().value() == who);
        fail(AttendanceRules.speaking(person == null ? null : person.kind(), member, reason, m.status()));
        SpeakingRequestId id = speaking.insert(m.id(), itemId, who, reason, actor.name(), today())
                .orElseThrow(() -> new RuleViolationException("personId", person.fullName()
                        + " has already asked to speak on this item"));
        audit.created(SPEAKING, id, snapshot(speakingRequest(id)));
        return id;
    }

    /** The chair's or vice-chair's decision on a request to speak; a refusal needs reasons. */
    @Transactional
    public SpeakingRequest decideSpeaking(Actor actor, SpeakingRequestId id, Integer version, Boolean grant,
            String reason) {
        SpeakingRequest before = speakingRequest(id);
        Meeting m = meetings.meeting(before.meetingId());
        if (!permissions.chairs(actor, m.committeeId())) {
            throw new AccessDeniedException("Only the committee's chair or vice-chair decides who may speak");
        }
        if (version != null && version != before.version()) {
            throw new ConflictException("The request to speak");
        }
        fail(AttendanceRules.speakingDecision(before.state(), grant, reason));
        if (!speaking.decided(id, before.version(), grant ? SpeakingState.GRANTED : SpeakingState.REFUSED,
                reason == null || reason.isBlank() ? null : reason.strip(), actor.name(), today())) {
            throw new ConflictException("The request to speak");
        }
        SpeakingRequest after = speakingRequest(id);
        audit.changed(SPEAKING, id, snapshot(before), snapshot(after));
        return after;
    }

    // --- figures -----------------------------------------------------------------------------------------------

    /**
     * Attendance figures for a committee (or all) over a period (default: the municipal year, 1 April to 31 March,
     * containing today), counting only meetings that were not cancelled.
     */
    public AttendanceFigures figures(Long committeeId, LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : AttendanceRules.yearStart(to != null ? to : today());
        LocalDate end = to != null ? to : AttendanceRules.yearStart(start).plusYears(1).minusDays(1);
        if (end.isBefore(start)) {
            throw new RuleViolationException("to", "The end of the period must be on or after its start");
        }
        Reference committee = null;
        if (committeeId != null) {
            committee = directory.committee(new CommitteeId(committeeId)).map(c -> new Reference(c.id().value(), c.name()))
                    .orElseThrow(() -> new RuleViolationException("committee", "Select a committee from the list"));
        }
        List<MeetingId> held = meetings.notCancelled(committeeId, start, end);
        List<FigureRow> rows = held.isEmpty() ? List.of() : requests.figureRows(ids(held));
        LocalDate yearStart = AttendanceRules.yearStart(end.isAfter(today()) ? today() : end);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        List<MeetingId> year = meetings.notCancelled(null, yearStart, yearEnd.isAfter(today()) ? today() : yearEnd);
        int ceAttended = year.isEmpty() ? 0 : requests.scrutinyMeetingsAttended(ids(year), Capacity.CHIEF_EXECUTIVE);
        int scrutinyMeetings = year.isEmpty() ? 0 : requests.scrutinyMeetings(ids(year));
        return new AttendanceFigures(committee, start, end, held.size(),
                AttendanceRules.tally(rows, RequestKind.REQUIREMENT),
                AttendanceRules.tally(rows, RequestKind.INVITATION), AttendanceRules.people(rows),
                AttendanceRules.juniorOnlyItems(rows),
                new AttendanceFigures.ChiefExecutiveAttendance(yearStart, yearEnd, ceAttended, scrutinyMeetings));
    }

    /** The scrutiny committees and task-and-finish groups, for the figures' filter. */
    public List<Reference> scrutinyCommittees() {
        List<Reference> list = new ArrayList<>();
        for (CommitteeKind kind : List.of(CommitteeKind.OVERVIEW_AND_SCRUTINY, CommitteeKind.TASK_AND_FINISH)) {
            directory.committees(kind, true).forEach(c -> list.add(new Reference(c.id().value(), c.name())));
        }
        return list;
    }

    // --- what the meetings module's events set off (see AttendanceEvents) ------------------------------------------

    /** Invites the cabinet member for the item's portfolio by default, unless they have had a request on the item. */
    @Transactional
    void invitePortfolioHolder(AgendaItemId itemId, Long holderId) {
        if (holderId == null) {
            return;
        }
        AgendaItem item;
        Meeting m;
        try {
            item = meetings.item(Actor.SYSTEM, itemId);
            m = meetings.meeting(item.meetingId());
        } catch (NotFoundException removed) {
            return;
        }
        Person holder = activePerson(holderId);
        if (holder == null || m.status() == MeetingStatus.CANCELLED || m.status() == MeetingStatus.HELD
                || requests.everAsked(itemId, holderId) || requests.attendsOrAsked(itemId, holderId)) {
            return;
        }
        Optional<AttendanceRequestId> id = requests.insertRequest(m.id(), itemId, RequestKind.INVITATION, holderId,
                capacityOf(holder), "The item, as the cabinet member for "
                        + (item.portfolioTitle() == null ? "the portfolio concerned" : item.portfolioTitle()) + ".",
                null, "Scrutineer (the cabinet member for the portfolio is invited by default)", today());
        id.ifPresent(created -> {
            trackNotice(require(created), m);
            audit.created(REQUEST, created, snapshot(require(created)));
        });
    }

    /** The meeting moved: notice deadlines of requests whose notice is not yet sent count from the new date. */
    @Transactional
    void meetingRescheduled(MeetingId meetingId, LocalDate date) {
        Meeting m;
        try {
            m = meetings.meeting(meetingId);
        } catch (NotFoundException deleted) {
            return;
        }
        for (AttendanceRequest r : requests.openAt(meetingId)) {
            if (r.state() != RequestState.REQUESTED || r.itemId() == null || r.nominee()) {
                continue;
            }
            if (r.deadlineId() != null) {
                TrackedDeadline d = deadlines.require(r.deadlineId());
                if (open(d)) {
                    deadlines.cancel(d.id(), "The meeting moved to " + m.date().format(DAY));
                }
                requests.noticeDeadlineClosed(d.id());
            }
            trackNotice(r, m);
            audit.changed(REQUEST, r.id(), snapshot(r), snapshot(require(r.id())));
        }
    }

    /** The meeting was cancelled (or deleted): open requests and requests to speak lapse; their deadlines go. */
    @Transactional
    void meetingCancelled(MeetingId meetingId, String reason) {
        String why = "The meeting was cancelled" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        for (AttendanceRequest r : requests.openAt(meetingId)) {
            close(require(r.id()), RequestState.LAPSED, why, false);
        }
        for (SpeakingRequest s : speaking.lapse(meetingId, why)) {
            audit.changed(SPEAKING, s.id(), snapshot(s), snapshot(speakingRequest(s.id())));
        }
        sweepOrphanedNotices();
    }

    /**
     * Cancels the notice deadlines of requests that no longer exist because their meeting or item was deleted
     * (the meetings module publishes no event when an item is removed).
     */
    @Transactional
    int sweepOrphanedNotices() {
        List<DeadlineId> orphans = requests.orphanedNoticeDeadlines(500);
        for (DeadlineId id : orphans) {
            TrackedDeadline d = deadlines.require(id);
            if (open(d)) {
                deadlines.cancel(id, "The meeting or agenda item was removed");
            }
            requests.noticeDeadlineClosed(id);
        }
        return orphans.size();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private AttendanceRequest require(AttendanceRequestId id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("Request to attend " + id));
    }

    private AttendanceRequest shown(Actor actor, AttendanceRequest r) {
        return permissions.seesAddress(actor, r) ? r : r.withheldView();
    }

    /** The request's item, unmasked (the notice goes to the witness). */
    private AgendaItem item(AttendanceRequest r) {
        return meetings.item(Actor.SYSTEM, r.itemId());
    }

    private AttendanceNotice noticeOf(AttendanceRequest r, AgendaItem item, LocalDate dated) {
        Meeting m = meetings.meeting(r.meetingId());
        String chair = meetings.membersOn(m).stream().filter(ms -> ms.role() == MembershipRole.CHAIR)
                .map(Membership::personName).findFirst().orElse(null);
        Optional<Council> council = directory.council();
        return Notices.write(new Notices.Facts(r, m, item, council.map(Council::name).orElse("the council"),
                council.map(Council::contactEmail).orElse(null), chair, directory.scrutinySupport(), dated,
                mail.link(r.path())));
    }

    private void trackNotice(AttendanceRequest r, Meeting m) {
        List<PersonId> responsible = directory.scrutinySupport().stream().map(Person::id).toList();
        TrackedDeadline d = deadlines.track(new TrackDeadline(REQUEST, r.id().toString(),
                "Give " + r.person().name() + " notice to attend the " + m.committeeName() + " on "
                        + m.date().format(DAY) + (r.itemNumber() == null ? "" : " (item " + r.itemNumber() + ")"),
                r.path(), NOTICE_RULE, m.date(), responsible));
        requests.deadline(r.id(), d.id(), d.due());
        requests.noticeDeadlineOpened(d.id(), r.id());
    }

    /** Withdraws or lapses a request: its open notice deadline is cancelled, and (optionally) its nominees go too. */
    private void close(AttendanceRequest r, RequestState state, String reason, boolean withNominees) {
        if (r.deadlineId() != null) {
            TrackedDeadline d = deadlines.require(r.deadlineId());
            if (open(d)) {
                deadlines.cancel(d.id(), state == RequestState.LAPSED ? reason
                        : "The request to attend was withdrawn: " + reason);
            }
            requests.noticeDeadlineClosed(d.id());
        }
        if (!requests.state(r.id(), r.version(), state, reason)) {
            throw new ConflictException("The request to attend");
        }
        audit.changed(REQUEST, r.id(), snapshot(r), snapshot(require(r.id())));
        if (withNominees) {
            for (AttendanceRequest nominee : requests.nominees(r.id())) {
                if (nominee.state().open()) {
                    close(nominee, state, reason, false);
                }
            }
        }
    }

    private static boolean open(TrackedDeadline d) {
        return d.state() == DeadlineState.OPEN || d.state() == DeadlineState.STOPPED;
    }

    private Person activePerson(Long id) {
        return id == null ? null : directory.person(new PersonId(id)).filter(Person::active).orElse(null);
    }

    /** The capacity a person attends in, from the directory today. */
    private Capacity capacityOf(Person p) {
        boolean cabinet = false;
        if (p.kind() == PersonKind.COUNCILLOR) {
            Standing s = directory.standingOf(p.id());
            cabinet = !s.portfolios().isEmpty()
                    || s.sitsOn(Set.of(CommitteeKind.CABINET), Set.of(MembershipRole.values()));
        }
        return AttendanceRules.capacity(p.kind(), p.seniority(), cabinet);
    }

    /** Whether the person is the leader of the council (chairs the cabinet). */
    private boolean leader(Person p) {
        return p.kind() == PersonKind.COUNCILLOR && directory.standingOf(p.id())
                .sitsOn(Set.of(CommitteeKind.CABINET), Set.of(MembershipRole.CHAIR));
    }

    private Long[] chaired(Actor actor) {
        if (actor.person() == null) {
            return new Long[0];
        }
        return directory.standingOf(actor.person()).currentMemberships().stream()
                .filter(ms -> CHAIRS.contains(ms.role())).map(ms -> ms.committeeId().value()).toArray(Long[]::new);
    }

    private void administers(Actor actor) {
        if (!permissions.administers(actor)) {
            throw new AccessDeniedException("Only a scrutiny officer takes the witness register");
        }
    }

    private static void checkVersion(AttendanceRequest r, Integer version) {
        if (version != null && version != r.version()) {
            throw new ConflictException("The request to attend");
        }
    }

    private static Long[] ids(List<MeetingId> list) {
        return list.stream().map(MeetingId::value).toArray(Long[]::new);
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    private static Map<String, Object> snapshot(AttendanceRequest r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("occasion", r.occasion());
        s.put("kind", r.nominee() ? "Nominated by " + (r.nominatedBy() == null ? "the chief officer"
                : r.nominatedBy().name()) : r.kind().label());
        s.put("state", r.state().label());
        s.put("person", r.person().name());
        s.put("capacity", r.capacity().label());
        s.put("askedInstead", r.originalPerson() == null ? null : r.originalPerson().name());
        s.put("address", r.itemInPrivate() ? (r.address() == null ? null : "(exempt)") : r.address());
        s.put("questions", r.itemInPrivate() ? (r.questions() == null ? null : "(exempt)") : r.questions());
        s.put("noticeDue", r.noticeDue());
        s.put("noticeSentOn", r.noticeSentOn());
        s.put("shortNotice", r.shortNotice() ? "Yes" : null);
        s.put("noticeEmailed", r.noticeEmailed() ? "Yes" : null);
        s.put("respondedOn", r.respondedOn());
        s.put("declineReason", r.declineReason());
        s.put("proposedSubstitute", r.proposedSubstitute() == null ? null : r.proposedSubstitute().name());
        s.put("substituteReason", r.substituteReason());
        s.put("substitutionDecision", r.substitutionDecision());
        s.put("substitutionReason", r.substitutionReason());
        s.put("invitedToSpeak", r.invitedToSpeak() ? "Yes" : null);
        s.put("attended", r.attended() == null ? null : r.attended() ? "Present" : "Absent");
        s.put("closedReason", r.closedReason());
        return s;
    }

    private static Map<String, Object> snapshot(SpeakingRequest s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", s.itemId().value());
        m.put("councillor", s.person().name());
        m.put("reason", s.reason());
        m.put("state", s.state().label());
        m.put("decisionReason", s.decisionReason());
        m.put("decidedBy", s.decidedBy());
        return m;
    }
}
