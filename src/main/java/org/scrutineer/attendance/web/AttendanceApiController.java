package org.scrutineer.attendance.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.accounts.Actor;
import org.scrutineer.attendance.AttendanceFigures;
import org.scrutineer.attendance.AttendanceManagement;
import org.scrutineer.attendance.AttendanceNotice;
import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.attendance.AttendanceRequestId;
import org.scrutineer.attendance.AttendanceResponse;
import org.scrutineer.attendance.Capacity;
import org.scrutineer.attendance.NewRequest;
import org.scrutineer.attendance.Nomination;
import org.scrutineer.attendance.NoticeSection;
import org.scrutineer.attendance.NoticeSent;
import org.scrutineer.attendance.RequestKind;
import org.scrutineer.attendance.RequestState;
import org.scrutineer.attendance.ResponseKind;
import org.scrutineer.attendance.SpeakingRequest;
import org.scrutineer.attendance.SpeakingRequestId;
import org.scrutineer.attendance.SpeakingState;
import org.scrutineer.attendance.WitnessLine;
import org.scrutineer.directory.Reference;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.platform.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance as JSON, for signed-in users: requirements and invitations to attend an item, the notice and briefing
 * note, replies, the chair's decision on substitutes, chief officers' nominations, the witness register, attendance
 * by right, requests to speak and the figures. Every call goes through {@link AttendanceManagement}, so the API
 * applies the rules and permissions the pages do: an action the user may not take is a 403, a broken rule a 422
 * naming each field, a stale {@code version} a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Attendance", description = "Requirements (LGA 2000 s9FA) and invitations to attend, notices, "
        + "substitutions, officer nominations, the witness register and attendance figures")
@ApiResponse(responseCode = "401", description = "Not signed in")
class AttendanceApiController {

    private final AttendanceManagement attendance;
    private final AttendancePages pages;

    AttendanceApiController(AttendanceManagement attendance, AttendancePages pages) {
        this.attendance = attendance;
        this.pages = pages;
    }

    // --- requests and resources --------------------------------------------------------------------------------

    /** Whom to ask to attend an item, and what for. */
    record AskRequest(@Schema(description = "REQUIREMENT (a cabinet member or an officer only) or INVITATION")
            RequestKind kind, @Schema(description = "the person, from the directory") Long personId,
            @Schema(description = "what they are asked to address") String address,
            @Schema(description = "the questions the committee expects to ask (optional)") String questions) {
    }

    /** When the notice was sent. */
    record NoticeRequest(@Schema(description = "default today; no later than the meeting") LocalDate sentOn) {
    }

    /** A reply to a request. */
    record ResponseRequest(ResponseKind response,
            @Schema(description = "mandatory to decline or to propose a substitute") String reason,
            @Schema(description = "the person proposed instead (PROPOSE_SUBSTITUTE)") Long substituteId,
            @Schema(description = "the version read; when given, a request changed since is refused with 409")
            Integer version) {
    }

    /** The chair's decision on a proposed substitute. */
    record SubstitutionDecisionRequest(Boolean accept,
            @Schema(description = "mandatory when refused") String reason, Integer version) {
    }

    /** The responsible chief officer's nomination. */
    record NominationRequest(@Schema(description = "officers who attend, who may include specialist junior staff")
            List<Long> officerIds,
            @Schema(description = "whether the officer asked attends as well (default false)") Boolean addresseeAttends,
            Integer version) {
    }

    /** Why a request is withdrawn. */
    record WithdrawalRequest(String reason) {
    }

    /** The witness register. */
    record RegisterRequest(List<WitnessLine> lines) {
    }

    /** The leader's or chief executive's attendance by right. */
    record ByRightRequest(Long personId,
            @Schema(description = "true: the chair records an invitation to speak; false: a scrutiny officer records "
                    + "after the meeting that they attended (default false)") Boolean invitedToSpeak) {
    }

    /** A councillor's request to speak. */
    record SpeakRequest(@Schema(description = "the councillor (default: the signed-in user)") Long personId,
            String reason) {
    }

    /** The chair's decision on a request to speak. */
    record SpeakingDecisionRequest(Boolean grant, @Schema(description = "mandatory when refused") String reason,
            Integer version) {
    }

    /** A request to attend, a nominated officer's attendance or an attendance by right. */
    record RequestResource(long id, long meetingId, Reference committee, LocalDate meetingDate, LocalTime startsAt,
            String place, Long itemId, Integer itemNumber, String itemTitle,
            @Schema(description = "for a nominated officer, the request they answer") Long parentId, RequestKind kind,
            RequestState state, Reference person, Capacity capacity,
            @Schema(description = "the person asked, once an accepted substitute attends instead") Reference askedInstead,
            boolean substituted,
            @Schema(description = "withheld (null) for a private item from those not entitled") String address,
            String questions, String requestedBy, LocalDate requestedOn, LocalDate noticeDue, LocalDate noticeSentOn,
            boolean shortNotice, boolean noticeEmailed, LocalDate respondedOn, String respondedBy,
            String declineReason, @Schema(description = "a declined formal requirement, reported as such")
            boolean declinedRequirement, Reference proposedSubstitute, String substituteReason,
            String substitutionDecision, String substitutionReason, String substitutionDecidedBy,
            Reference nominatedBy, boolean invitedToSpeak,
            @Schema(description = "the witness register: true present, false absent, null not recorded")
            Boolean attended, String closedReason, int version) {

        static RequestResource of(AttendanceRequest r) {
            return new RequestResource(r.id().value(), r.meetingId().value(),
                    new Reference(r.committeeId().value(), r.committeeName()), r.meetingDate(), r.startsAt(),
                    r.place(), r.itemId() == null ? null : r.itemId().value(), r.itemNumber(), r.itemTitle(),
                    r.parentId() == null ? null : r.parentId().value(), r.kind(), r.state(), r.person(), r.capacity(),
                    r.originalPerson(), r.substituted(), r.address(), r.questions(), r.requestedBy(), r.requestedOn(),
                    r.noticeDue(), r.noticeSentOn(), r.shortNotice(), r.noticeEmailed(), r.respondedOn(),
                    r.respondedBy(), r.declineReason(), r.declinedRequirement(), r.proposedSubstitute(),
                    r.substituteReason(), r.substitutionDecision(), r.substitutionReason(), r.substitutionDecidedBy(),
                    r.nominatedBy(), r.invitedToSpeak(), r.attended(), r.closedReason(), r.version());
        }
    }

    /** The notice to attend and its briefing note. */
    record NoticeResource(String subject, String to, LocalDate dated, LocalDate replyBy, List<NoticeSection> sections,
            List<NoticeSection> briefing, @Schema(description = "the notice as plain text, as it is e-mailed")
            String text) {

        static NoticeResource of(AttendanceNotice n) {
            return new NoticeResource(n.subject(), n.to(), n.dated(), n.replyBy(), n.sections(), n.briefing(),
                    n.plainText());
        }
    }

    /** A request with the officers nominated in answer to it and its notice. */
    record RequestDetailResource(RequestResource request, List<RequestResource> nominees, NoticeResource notice,
            @Schema(description = "whether the item's confirmed executive attendees are all below head of service")
            boolean itemJuniorOnly) {
    }

    /** The outcome of sending a notice. */
    record NoticeSentResource(RequestResource request, boolean emailed, String delivery) {
    }

    /** A request to speak. */
    record SpeakingResource(long id, long meetingId, long itemId, Reference person, String reason, SpeakingState state,
            String requestedBy, LocalDate requestedOn, String decisionReason, String decidedBy, LocalDate decidedOn,
            int version) {

        static SpeakingResource of(SpeakingRequest s) {
            return new SpeakingResource(s.id().value(), s.meetingId().value(), s.itemId().value(), s.person(),
                    s.reason(), s.state(), s.requestedBy(), s.requestedOn(), s.decisionReason(), s.decidedBy(),
                    s.decidedOn(), s.version());
        }
    }

    /** Counts of requests of one kind, with rates as percentages (null when none were made). */
    record TallyResource(int made, int confirmed, Double confirmedPercent, int declined, Double declinedPercent,
            int substituted, Double substitutedPercent,
            @Schema(description = "answered by a chief officer nominating other officers") int nominated,
            int awaiting, @Schema(description = "notices sent after the notice-to-attend deadline") int shortNotice) {

        static TallyResource of(AttendanceFigures.Tally t) {
            return new TallyResource(t.made(), t.confirmed(), t.confirmedPercent(), t.declined(), t.declinedPercent(),
                    t.substituted(), t.substitutedPercent(), t.nominated(), t.awaiting(), t.shortNotice());
        }
    }

    /** The chief executive's attendance at scrutiny in the municipal year. */
    record ChiefExecutiveResource(String year, LocalDate yearStart, LocalDate yearEnd, int meetingsAttended,
            int scrutinyMeetings, @Schema(description = "none attended: the code expects some every year")
            boolean flagged) {
    }

    /** The attendance figures for a committee (or all) and a period. */
    record FiguresResource(@Schema(description = "null for all committees") Reference committee, LocalDate from,
            LocalDate to, @Schema(description = "meetings in the period that were not cancelled") int meetings,
            TallyResource requirements, TallyResource invitations, List<AttendanceFigures.PersonFigures> people,
            List<AttendanceFigures.JuniorOnlyItem> juniorOnlyItems, ChiefExecutiveResource chiefExecutive) {

        static FiguresResource of(AttendanceFigures f) {
            AttendanceFigures.ChiefExecutiveAttendance ce = f.chiefExecutive();
            return new FiguresResource(f.committee(), f.from(), f.to(), f.meetings(), TallyResource.of(f.requirements()),
                    TallyResource.of(f.invitations()), f.people(), f.juniorOnlyItems(),
                    new ChiefExecutiveResource(ce.yearLabel(), ce.yearStart(), ce.yearEnd(), ce.meetingsAttended(),
                            ce.scrutinyMeetings(), ce.flagged()));
        }
    }

    // --- an item's requests ------------------------------------------------------------------------------------

    @GetMapping("/meetings/{meetingId}/items/{itemId}/attendance-requests")
    @Operation(summary = "An item's requests to attend", description = "Each request followed by the officers "
            + "nominated in answer to it.")
    @ApiResponse(responseCode = "404", description = "No such meeting or item")
    List<RequestResource> requests(@PathVariable long meetingId, @PathVariable long itemId) {
        Actor actor = Acting.actor();
        AgendaItem item = pages.item(actor, meetingId, itemId);
        return attendance.requestsFor(actor, item.id()).stream().map(RequestResource::of).toList();
    }

    @PostMapping("/meetings/{meetingId}/items/{itemId}/attendance-requests")
    @Operation(summary = "Require or invite a person to attend an item (scrutiny officers, the chair or vice-chair)",
            description = "Starts tracking the notice-to-attend deadline (T = the meeting date). Requiring a person "
                    + "who holds an open invitation to the item replaces the invitation.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new request")
    @ApiResponse(responseCode = "403", description = "Not a scrutiny officer or the committee's chair or vice-chair")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong (e.g. requiring an external "
            + "witness); errors name each")
    ResponseEntity<RequestResource> ask(@PathVariable long meetingId, @PathVariable long itemId,
            @RequestBody AskRequest body) {
        Actor actor = Acting.actor();
        AgendaItem item = pages.item(actor, meetingId, itemId);
        AttendanceRequestId id = attendance.ask(actor, item.id(), new NewRequest(body.kind(), body.personId(),
                body.address(), body.questions()));
        return ResponseEntity.created(URI.create("/api/v1/attendance-requests/" + id))
                .body(RequestResource.of(attendance.request(actor, id)));
    }

    // --- one request -------------------------------------------------------------------------------------------

    @GetMapping("/attendance-requests/{id}")
    @Operation(summary = "A request to attend with its nominated officers and its notice and briefing note")
    @ApiResponse(responseCode = "404", description = "No such request")
    RequestDetailResource request(@PathVariable long id) {
        return detail(Acting.actor(), new AttendanceRequestId(id));
    }

    @PostMapping("/attendance-requests/{id}/notice")
    @Operation(summary = "Send the notice (scrutiny officers, the chair or vice-chair)", description = "Meets the "
            + "notice-to-attend deadline on the day given, flagging short notice when late, and e-mails the notice "
            + "and briefing note when e-mail is on.")
    @ApiResponse(responseCode = "422", description = "Already sent, or a date in the future or after the meeting")
    NoticeSentResource sendNotice(@PathVariable long id, @RequestBody(required = false) NoticeRequest body) {
        LocalDate on = body == null || body.sentOn() == null ? attendance.today() : body.sentOn();
        NoticeSent sent = attendance.sendNotice(Acting.actor(), new AttendanceRequestId(id), on);
        return new NoticeSentResource(RequestResource.of(sent.request()), sent.emailed(), sent.delivery());
    }

    @PostMapping("/attendance-requests/{id}/response")
    @Operation(summary = "Reply to a request (the person asked, or a scrutiny officer recording their reply)",
            description = "CONFIRM; DECLINE with a reason (a declined REQUIREMENT is recorded and reported as a "
                    + "declined formal requirement); or PROPOSE_SUBSTITUTE with the substitute and a reason, which "
                    + "the chair then accepts or refuses.")
    @ApiResponse(responseCode = "403", description = "Not the person asked or a scrutiny officer")
    @ApiResponse(responseCode = "409", description = "The version sent is not the current one")
    @ApiResponse(responseCode = "422", description = "E.g. a decline without a reason; errors name each field")
    RequestResource respond(@PathVariable long id, @RequestBody ResponseRequest body) {
        return RequestResource.of(attendance.respond(Acting.actor(), new AttendanceRequestId(id), body.version(),
                new AttendanceResponse(body.response(), body.reason(), body.substituteId())));
    }

    @PostMapping("/attendance-requests/{id}/substitution-decision")
    @Operation(summary = "Accept or refuse a proposed substitute (the committee's chair or vice-chair only)",
            description = "A scrutiny councillor has no authority to act alone: the chair acts for the committee. "
                    + "Accepted, the substitute becomes the attendee; refused (reason required), the request awaits "
                    + "the reply of the person asked.")
    @ApiResponse(responseCode = "403", description = "Not the committee's chair or vice-chair")
    @ApiResponse(responseCode = "422", description = "No substitute awaiting a decision, or a refusal without reasons")
    RequestResource decideSubstitution(@PathVariable long id, @RequestBody SubstitutionDecisionRequest body) {
        return RequestResource.of(attendance.decideSubstitution(Acting.actor(), new AttendanceRequestId(id),
                body.version(), body.accept(), body.reason()));
    }

    @PostMapping("/attendance-requests/{id}/nominations")
    @Operation(summary = "Nominate the officers who attend (the responsible chief officer)", description = "For a "
            + "request to an officer: the officer asked if a chief officer, a chief officer of their directorate, or "
            + "the lead officer of the item's portfolio decides. Each nominee becomes a confirmed attendee.")
    @ApiResponse(responseCode = "201", description = "The nominated officers' attendance")
    @ApiResponse(responseCode = "403", description = "Not the responsible chief officer")
    ResponseEntity<List<RequestResource>> nominate(@PathVariable long id, @RequestBody NominationRequest body) {
        Actor actor = Acting.actor();
        List<AttendanceRequestId> created = attendance.nominate(actor, new AttendanceRequestId(id), body.version(),
                new Nomination(body.officerIds(), Boolean.TRUE.equals(body.addresseeAttends())));
        return ResponseEntity.status(201).body(created.stream().map(n -> RequestResource.of(attendance.request(actor, n)))
                .toList());
    }

    @PostMapping("/attendance-requests/{id}/withdrawal")
    @Operation(summary = "Withdraw a request (scrutiny officers, the chair or vice-chair)")
    RequestResource withdraw(@PathVariable long id, @RequestBody WithdrawalRequest body) {
        Actor actor = Acting.actor();
        attendance.withdraw(actor, new AttendanceRequestId(id), body.reason());
        return RequestResource.of(attendance.request(actor, new AttendanceRequestId(id)));
    }

    @GetMapping("/attendance/mine")
    @Operation(summary = "Requests to attend addressed to the signed-in user, newest first")
    List<RequestResource> mine() {
        return attendance.mine(Acting.actor()).stream().map(RequestResource::of).toList();
    }

    // --- the meeting -------------------------------------------------------------------------------------------

    @GetMapping("/meetings/{meetingId}/witnesses")
    @Operation(summary = "A meeting's witness register", description = "Everyone confirmed to attend its items and "
            + "those attending by right, with whether they were present.")
    List<RequestResource> register(@PathVariable long meetingId) {
        return attendance.register(Acting.actor(), new MeetingId(meetingId)).stream().map(RequestResource::of).toList();
    }

    @PutMapping("/meetings/{meetingId}/witnesses")
    @Operation(summary = "Take the witness register after the meeting (scrutiny officers)")
    @ApiResponse(responseCode = "422", description = "Before the meeting, a cancelled meeting, or a line that is "
            + "not an attendee")
    List<RequestResource> takeRegister(@PathVariable long meetingId, @RequestBody RegisterRequest body) {
        Actor actor = Acting.actor();
        attendance.takeRegister(actor, new MeetingId(meetingId), body.lines());
        return attendance.register(actor, new MeetingId(meetingId)).stream().map(RequestResource::of).toList();
    }

    @PostMapping("/meetings/{meetingId}/attendance-by-right")
    @Operation(summary = "Record the leader's or chief executive's attendance by right", description = "With "
            + "invitedToSpeak the chair records an invitation to speak; without, a scrutiny officer records after the "
            + "meeting that they attended.")
    @ApiResponse(responseCode = "422", description = "Not the leader or the chief executive")
    RequestResource byRight(@PathVariable long meetingId, @RequestBody ByRightRequest body) {
        Actor actor = Acting.actor();
        AttendanceRequestId id = Boolean.TRUE.equals(body.invitedToSpeak())
                ? attendance.inviteToSpeak(actor, new MeetingId(meetingId), body.personId())
                : attendance.recordAttendanceByRight(actor, new MeetingId(meetingId), body.personId());
        return RequestResource.of(attendance.request(actor, id));
    }

    @GetMapping("/meetings/{meetingId}/items/{itemId}/speaking-requests")
    @Operation(summary = "Councillors' requests to speak on an item")
    List<SpeakingResource> speakingRequests(@PathVariable long meetingId, @PathVariable long itemId) {
        Actor actor = Acting.actor();
        AgendaItem item = pages.item(actor, meetingId, itemId);
        return attendance.speakingRequests(actor, item.id()).stream().map(SpeakingResource::of).toList();
    }

    @PostMapping("/meetings/{meetingId}/items/{itemId}/speaking-requests")
    @Operation(summary = "Ask to speak on an item (a councillor who is not a member; a scrutiny officer for them)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "422", description = "A member of the committee, not a councillor, or no reason")
    ResponseEntity<SpeakingResource> askToSpeak(@PathVariable long meetingId, @PathVariable long itemId,
            @RequestBody SpeakRequest body) {
        Actor actor = Acting.actor();
        AgendaItem item = pages.item(actor, meetingId, itemId);
        SpeakingRequestId id = attendance.askToSpeak(actor, item.id(), body.personId(), body.reason());
        return ResponseEntity.status(201).body(SpeakingResource.of(attendance.speakingRequest(id)));
    }

    @PostMapping("/speaking-requests/{id}/decision")
    @Operation(summary = "Grant or refuse a request to speak (the committee's chair or vice-chair only)")
    @ApiResponse(responseCode = "403", description = "Not the committee's chair or vice-chair")
    @ApiResponse(responseCode = "422", description = "A refusal without reasons, or already decided")
    SpeakingResource decideSpeaking(@PathVariable long id, @RequestBody SpeakingDecisionRequest body) {
        return SpeakingResource.of(attendance.decideSpeaking(Acting.actor(), new SpeakingRequestId(id),
                body.version(), body.grant(), body.reason()));
    }

    // --- figures -----------------------------------------------------------------------------------------------

    @GetMapping("/attendance/figures")
    @Operation(summary = "Attendance figures for the chairs' periodic review", description = "Requirements and "
            + "invitations made, confirmed, declined and substituted; each cabinet member's and chief officer's "
            + "requests and attendance; items attended only by junior staff; and the chief executive's attendance at "
            + "scrutiny in the municipal year (1 April to 31 March). Cancelled meetings are not counted.")
    @ApiResponse(responseCode = "422", description = "An unknown committee, or a period that ends before it starts")
    FiguresResource figures(@Parameter(description = "committee id (default: all)")
            @RequestParam(required = false) Long committee,
            @Parameter(description = "first day (default: 1 April of the current municipal year)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day (default: the 31 March after from)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Acting.actor();
        return FiguresResource.of(attendance.figures(committee, from, to));
    }

    private RequestDetailResource detail(Actor actor, AttendanceRequestId id) {
        AttendanceRequest r = attendance.request(actor, id);
        if (r == null) {
            throw new NotFoundException("Request to attend " + id);
        }
        return new RequestDetailResource(RequestResource.of(r),
                r.nominee() ? List.of() : attendance.nominees(actor, id).stream().map(RequestResource::of).toList(),
                r.itemId() == null ? null : NoticeResource.of(attendance.notice(actor, id)),
                r.itemId() != null && attendance.juniorOnly(r.itemId()));
    }
}
