package org.scrutineer.meetings.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.Declaration;
import org.scrutineer.meetings.InterestKind;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.meetings.RegisterLine;
import org.scrutineer.meetings.web.AgendaPackDocuments.ItemDocument;
import org.scrutineer.meetings.web.MeetingsApiResources.DeclarationResource;
import org.scrutineer.meetings.web.MeetingsApiResources.ItemResource;
import org.scrutineer.meetings.web.MeetingsApiResources.MeetingLinks;
import org.scrutineer.meetings.web.MeetingsApiResources.MeetingResource;
import org.scrutineer.meetings.web.MeetingsApiResources.MeetingSummaryResource;
import org.scrutineer.meetings.web.MeetingsApiResources.MeetingsPage;
import org.scrutineer.meetings.web.MeetingsApiResources.RecommendationsMadeResource;
import org.scrutineer.meetings.web.MeetingsApiResources.RegisterEntryResource;
import org.scrutineer.meetings.web.MeetingsApiResources.ReportLink;
import org.scrutineer.platform.InvalidParameterException;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.RecommendationDetails;
import org.scrutineer.recommendations.ReportId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings and their agendas as JSON, for signed-in users: scheduling, the agenda and its items, publication
 * against the agenda-publication deadline, the register, declarations of interest, minutes and the recommendations
 * made on the day. Every call goes through {@link MeetingManagement}, so the API applies exactly the rules and
 * permissions the pages do: a private item's content is withheld from a caller not entitled to exempt information,
 * an action the caller may not take is a 403, a broken rule a 422 naming each field, a stale {@code version} a 409.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Meetings of committees, agendas and their items (open or private under "
        + "Schedule 12A), the register, declarations of interest, minutes and recommendations made on the day")
@ApiResponse(responseCode = "401", description = "Not signed in")
class MeetingsApiController {

    private final MeetingManagement management;
    private final AgendaPackDocuments documents;

    MeetingsApiController(MeetingManagement management, AgendaPackDocuments documents) {
        this.management = management;
        this.documents = documents;
    }

    // --- requests ---------------------------------------------------------------------------------------------

    /** A meeting's details; {@code version} (the one read) is required to change a meeting. */
    record MeetingRequest(Long committeeId, LocalDate date,
            @Schema(description = "the start time, e.g. 18:30", type = "string", example = "18:30") LocalTime startsAt,
            @Schema(description = "e.g. Council Chamber, Town Hall") String place,
            @Schema(description = "anything members and the public should know (webcast, access)") String notes,
            Integer version) {

        MeetingDetails details() {
            return new MeetingDetails(committeeId, date, startsAt, place, notes);
        }
    }

    /** Publication of the agenda. */
    record AgendaPublicationRequest(@Schema(description = "default today") LocalDate publishedOn) {
    }

    /** Cancellation of a meeting. */
    record CancellationRequest(String reason) {
    }

    /** One line of the register. */
    record RegisterLineRequest(Long personId, Attendance attendance,
            @Schema(description = "for a substitute, the member (who sent apologies) whose place they take")
            Long substituteForId) {
    }

    /** The register of members: every member of the committee on the day, and any substitutes. */
    record RegisterRequest(List<RegisterLineRequest> lines) {
    }

    /** An agenda item's details; {@code version} (the one read) is required to change an item. */
    record ItemRequest(String title,
            @Schema(description = "why it is on the agenda and what the committee is asked to do") String purpose,
            @Schema(description = "the session's aims and objectives") String aims,
            @Schema(description = "the key lines of questioning") String linesOfQuestioning,
            @Schema(description = "when the aims were agreed with the cabinet member and officers")
            LocalDate aimsAgreedOn, String aimsAgreedWith, String reportText, Long portfolioId, Long directorateId,
            @Schema(description = "taken in private, with the public excluded") Boolean inPrivate,
            @Schema(description = "Schedule 12A paragraph 1 to 7, required when in private") Integer exemptParagraph,
            @Schema(description = "why the public interest in keeping it exempt outweighs disclosure, required when "
                    + "in private") String privateReason,
            @Schema(description = "what the public are told about a private item, required when in private")
            String publicSummary,
            Integer version) {

        AgendaItemDetails details() {
            return new AgendaItemDetails(title, purpose, aims, linesOfQuestioning, aimsAgreedOn, aimsAgreedWith,
                    reportText, portfolioId, directorateId, Boolean.TRUE.equals(inPrivate), exemptParagraph,
                    privateReason, publicSummary);
        }
    }

    /** Which way to move an item. */
    enum Direction {
        UP, DOWN
    }

    /** A move of one place up (towards item 1) or down the agenda. */
    record MoveRequest(Direction direction) {
    }

    /** An item's minutes and resolutions; {@code version} is the item's, as read. */
    record MinutesRequest(String minutes, String resolutions, Integer version) {
    }

    /** Publication of the minutes. */
    record MinutesPublicationRequest(@Schema(description = "default today") LocalDate publishedOn) {
    }

    /** An interest declared on an item. */
    record DeclarationRequest(@Schema(description = "the councillor declaring it") Long personId, InterestKind kind,
            String nature, Boolean leftRoom) {
    }

    /** One recommendation the committee made on the day. */
    record RecommendationRequest(String text, Addressee addressedTo,
            @Schema(description = "the cabinet member, when addressed to one") Long addresseeId,
            @Schema(description = "the partner body, when addressed to one") String partnerBody,
            @Schema(description = "the cabinet portfolio it falls under (required unless addressed to a partner)")
            Long portfolioId, Boolean exempt,
            @Schema(description = "what the public see in place of the exempt text") String publicSummary) {

        RecommendationDetails details() {
            return new RecommendationDetails(text, addressedTo, addresseeId, partnerBody, portfolioId,
                    Boolean.TRUE.equals(exempt), publicSummary);
        }
    }

    /** The recommendations the committee made on an item at the meeting. */
    record RecommendationsRequest(List<RecommendationRequest> recommendations) {
    }

    // --- meetings ---------------------------------------------------------------------------------------------

    @GetMapping
    @Operation(summary = "Meetings", description = "Newest first, 50 to a page; with upcoming=true, from today "
            + "(or from) soonest first.")
    MeetingsPage meetings(@Parameter(description = "committee id") @RequestParam(required = false) Long committee,
            @RequestParam(required = false) MeetingStatus status,
            @Parameter(description = "on or after this day") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "on or before this day") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "soonest first, from today unless from is given")
            @RequestParam(defaultValue = "false") boolean upcoming,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        actor();
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", "'to' must be on or after 'from'");
        }
        int[] paging = ResultPage.clamp(page, size, 50, 200);
        LocalDate today = management.today();
        ResultPage<Meeting> result = management.meetings(committee, status, from, to, upcoming, paging[0], paging[1]);
        return new MeetingsPage(result.items().stream().map(m -> MeetingSummaryResource.of(m, today)).toList(),
                result.page(), result.size(), result.total(), result.pages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting with its agenda, register and declarations", description = "A private "
            + "item's aims, questions, report, reasoning and minutes are withheld (withheld=true) unless the caller "
            + "is entitled to the committee's exempt information. The agenda deadline carries its rule and citation.")
    @ApiResponse(responseCode = "404", description = "No such meeting")
    MeetingResource meeting(@PathVariable long id) {
        return meetingResource(actor(), new MeetingId(id));
    }

    @PostMapping
    @Operation(summary = "Schedule a meeting (scrutiny officers)", description = "Starts tracking the "
            + "agenda-publication deadline (five clear working days before the meeting, LGA 1972 s100B).")
    @ApiResponse(responseCode = "201", description = "Scheduled; Location names the new meeting")
    @ApiResponse(responseCode = "403", description = "Not a scrutiny officer")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong; errors name each")
    ResponseEntity<MeetingResource> schedule(@RequestBody MeetingRequest request) {
        Actor actor = actor();
        MeetingId id = management.schedule(actor, request.details());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(meetingResource(actor, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a meeting (scrutiny officers)", description = "Send every field and the version "
            + "you read; a 409 means someone changed the meeting since. Moving the date moves the agenda deadline.")
    @ApiResponse(responseCode = "403", description = "Not a scrutiny officer")
    @ApiResponse(responseCode = "409", description = "The version sent is not the current one")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong, or the meeting was held or "
            + "cancelled")
    MeetingResource update(@PathVariable long id, @RequestBody MeetingRequest request) {
        Actor actor = actor();
        management.update(actor, new MeetingId(id), requireVersion(request.version()), request.details());
        return meetingResource(actor, new MeetingId(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a meeting scheduled by mistake (scrutiny officers)", description = "Only while "
            + "its agenda is unpublished; cancel a meeting otherwise.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable long id) {
        management.delete(actor(), new MeetingId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish-agenda")
    @Operation(summary = "Publish the agenda (scrutiny officers)", description = "Meets the agenda-publication "
            + "deadline; published after it, the meeting is flagged late (agendaLate) with the rule and citation.")
    @ApiResponse(responseCode = "422", description = "Not a scheduled meeting, no items, or a date in the future "
            + "or after the meeting")
    MeetingResource publishAgenda(@PathVariable long id, @RequestBody(required = false) AgendaPublicationRequest request) {
        Actor actor = actor();
        LocalDate on = request == null || request.publishedOn() == null ? management.today() : request.publishedOn();
        management.publishAgenda(actor, new MeetingId(id), on);
        return meetingResource(actor, new MeetingId(id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a meeting not yet held (scrutiny officers)", description = "Its agenda deadline "
            + "no longer applies and requirements to attend it lapse.")
    @ApiResponse(responseCode = "422", description = "No reason given, or the meeting was held or cancelled")
    MeetingResource cancel(@PathVariable long id, @RequestBody CancellationRequest request) {
        Actor actor = actor();
        management.cancel(actor, new MeetingId(id), request.reason());
        return meetingResource(actor, new MeetingId(id));
    }

    @GetMapping("/{id}/register")
    @Operation(summary = "The register of members")
    List<RegisterEntryResource> register(@PathVariable long id) {
        actor();
        MeetingId meeting = management.meeting(new MeetingId(id)).id();
        return management.register(meeting).stream().map(RegisterEntryResource::of).toList();
    }

    @PutMapping("/{id}/register")
    @Operation(summary = "Take the register (scrutiny officers)", description = "Every member of the committee on "
            + "the day as present, apologies or absent; a substitute (a councillor who is not a member) takes the "
            + "place of a member who sent apologies. Taking it records the meeting as held.")
    @ApiResponse(responseCode = "422", description = "A line is wrong (errors name lines[n].field), a member is "
            + "missing, or the meeting is not due yet")
    List<RegisterEntryResource> takeRegister(@PathVariable long id, @RequestBody RegisterRequest request) {
        List<RegisterLine> lines = request.lines() == null ? List.of() : request.lines().stream()
                .map(l -> l == null ? new RegisterLine(null, null, null)
                        : new RegisterLine(l.personId(), l.attendance(), l.substituteForId()))
                .toList();
        management.takeRegister(actor(), new MeetingId(id), lines);
        return management.register(new MeetingId(id)).stream().map(RegisterEntryResource::of).toList();
    }

    @PostMapping("/{id}/publish-minutes")
    @Operation(summary = "Publish the minutes of a held meeting (scrutiny officers)")
    @ApiResponse(responseCode = "422", description = "Not held yet, or a date outside the meeting to today")
    MeetingResource publishMinutes(@PathVariable long id,
            @RequestBody(required = false) MinutesPublicationRequest request) {
        Actor actor = actor();
        LocalDate on = request == null || request.publishedOn() == null ? management.today() : request.publishedOn();
        management.publishMinutes(actor, new MeetingId(id), on);
        return meetingResource(actor, new MeetingId(id));
    }

    // --- items ------------------------------------------------------------------------------------------------

    @GetMapping("/{id}/items")
    @Operation(summary = "The agenda, in order, as the caller may see it")
    List<ItemResource> items(@PathVariable long id) {
        Actor actor = actor();
        return resources(actor, management.items(actor, new MeetingId(id)));
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Add an item at the end of the agenda (scrutiny officers)", description = "An item in "
            + "private needs its Schedule 12A paragraph (exemptParagraph), the public interest reasoning "
            + "(privateReason) and a summary for the public (publicSummary). The cabinet member for its portfolio "
            + "is invited by default.")
    @ApiResponse(responseCode = "201", description = "Added; Location names the new item")
    @ApiResponse(responseCode = "403", description = "Not a scrutiny officer")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong, or the agenda is closed")
    ResponseEntity<ItemResource> addItem(@PathVariable long id, @RequestBody ItemRequest request) {
        Actor actor = actor();
        AgendaItemId item = management.addItem(actor, new MeetingId(id), request.details());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/items/" + item))
                .body(resource(actor, management.item(actor, item)));
    }

    @GetMapping("/{id}/items/{itemId}")
    @Operation(summary = "One item as the caller may see it")
    @ApiResponse(responseCode = "404", description = "No such item on this meeting's agenda")
    ItemResource item(@PathVariable long id, @PathVariable long itemId) {
        Actor actor = actor();
        return resource(actor, itemOf(actor, id, itemId));
    }

    @PutMapping("/{id}/items/{itemId}")
    @Operation(summary = "Change an item while the agenda is open (scrutiny officers)", description = "Send every "
            + "field and the version you read; a 409 means someone changed the item since.")
    @ApiResponse(responseCode = "409", description = "The version sent is not the current one")
    ItemResource updateItem(@PathVariable long id, @PathVariable long itemId, @RequestBody ItemRequest request) {
        Actor actor = actor();
        AgendaItem item = itemOf(actor, id, itemId);
        management.updateItem(actor, item.id(), requireVersion(request.version()), request.details());
        return resource(actor, management.item(actor, item.id()));
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @Operation(summary = "Remove an item from an open agenda (scrutiny officers)", description = "The items after "
            + "it move up.")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeItem(@PathVariable long id, @PathVariable long itemId) {
        Actor actor = actor();
        management.removeItem(actor, itemOf(actor, id, itemId).id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/items/{itemId}/move")
    @Operation(summary = "Move an item one place up or down the agenda (scrutiny officers)")
    List<ItemResource> moveItem(@PathVariable long id, @PathVariable long itemId, @RequestBody MoveRequest request) {
        Actor actor = actor();
        if (request.direction() == null) {
            throw new InvalidParameterException("direction", "'direction' is required: UP or DOWN");
        }
        management.moveItem(actor, itemOf(actor, id, itemId).id(), request.direction() == Direction.UP);
        return items(id);
    }

    @PutMapping("/{id}/items/{itemId}/minutes")
    @Operation(summary = "Record an item's minutes and resolutions once the meeting is held (scrutiny officers)",
            description = "Send the item's version as read; a 409 means someone changed the item since.")
    @ApiResponse(responseCode = "409", description = "The version sent is not the current one")
    @ApiResponse(responseCode = "422", description = "Neither given, too long, or the meeting not held")
    ItemResource recordMinutes(@PathVariable long id, @PathVariable long itemId, @RequestBody MinutesRequest request) {
        Actor actor = actor();
        AgendaItem item = itemOf(actor, id, itemId);
        management.recordMinutes(actor, item.id(), requireVersion(request.version()), request.minutes(),
                request.resolutions());
        return resource(actor, management.item(actor, item.id()));
    }

    @PostMapping("/{id}/items/{itemId}/recommendations")
    @Operation(summary = "Record the recommendations the committee made on the item (scrutiny officers)",
            description = "They become a scrutiny report, agreed on the day of the meeting, in the recommendations "
                    + "tracker (exempt under the item's paragraph for a private item); the answer links to it.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the report")
    @ApiResponse(responseCode = "422", description = "No recommendation given (recommendations[0].text), a "
            + "recommendation is wrong (recommendations[n].field), the meeting not held, or already recorded")
    ResponseEntity<RecommendationsMadeResource> recordRecommendations(@PathVariable long id,
            @PathVariable long itemId, @RequestBody RecommendationsRequest request) {
        Actor actor = actor();
        AgendaItem item = itemOf(actor, id, itemId);
        List<RecommendationDetails> made = request.recommendations() == null ? List.of()
                : request.recommendations().stream().map(r -> r == null ? null : r.details()).toList();
        ReportId report = management.recordRecommendations(actor, item.id(), made);
        ReportLink link = ReportLink.of(report.value());
        return ResponseEntity.created(URI.create(link.api())).body(new RecommendationsMadeResource(itemId, link));
    }

    // --- declarations -----------------------------------------------------------------------------------------

    @GetMapping("/{id}/declarations")
    @Operation(summary = "Interests declared at the meeting, in agenda order")
    List<DeclarationResource> declarations(@PathVariable long id) {
        Actor actor = actor();
        MeetingId meeting = new MeetingId(id);
        List<AgendaItem> items = management.items(actor, meeting);
        return management.declarations(meeting).stream().map(d -> DeclarationResource.of(d, items)).toList();
    }

    @PostMapping("/{id}/items/{itemId}/declarations")
    @Operation(summary = "Declare an interest on an item", description = "A scrutiny officer records anyone's; a "
            + "councillor declares their own.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "403", description = "Declaring for someone else without being a scrutiny officer")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong, or the meeting was cancelled")
    ResponseEntity<DeclarationResource> declare(@PathVariable long id, @PathVariable long itemId,
            @RequestBody DeclarationRequest request) {
        Actor actor = actor();
        AgendaItem item = itemOf(actor, id, itemId);
        long declaration = management.declare(actor, item.id(), request.personId(), request.kind(), request.nature(),
                Boolean.TRUE.equals(request.leftRoom()));
        Declaration d = management.declarationsOn(item.id()).stream().filter(x -> x.id() == declaration).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/declarations/" + declaration))
                .body(DeclarationResource.of(d, List.of(item)));
    }

    @DeleteMapping("/{id}/declarations/{declarationId}")
    @Operation(summary = "Withdraw a declaration recorded in error", description = "A scrutiny officer, or the "
            + "councillor who declared it.")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ApiResponse(responseCode = "404", description = "No such declaration at this meeting")
    ResponseEntity<Void> withdrawDeclaration(@PathVariable long id, @PathVariable long declarationId) {
        Actor actor = actor();
        boolean atMeeting = management.declarations(management.meeting(new MeetingId(id)).id()).stream()
                .anyMatch(d -> d.id() == declarationId);
        if (!atMeeting) {
            throw new NotFoundException("Declaration " + declarationId);
        }
        management.withdrawDeclaration(actor, declarationId);
        return ResponseEntity.noContent().build();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private MeetingResource meetingResource(Actor actor, MeetingId id) {
        Meeting m = management.meeting(id);
        List<AgendaItem> items = management.items(actor, id);
        String publicPage = "/public/meetings/" + id;
        MeetingLinks links = new MeetingLinks(MeetingManagement.meetingPath(id), publicPage,
                MeetingManagement.meetingPath(id) + "/agenda.pdf", m.agendaPublic() ? publicPage + "/agenda.pdf" : null,
                MeetingCalendarController.committeeFeed(m.committeeId().value()));
        return MeetingResource.of(m, management.agendaDeadline(m).orElse(null), management.today(), items,
                documents.of(items, actor), management.register(id), management.declarations(id), links);
    }

    private List<ItemResource> resources(Actor actor, List<AgendaItem> items) {
        Map<Long, List<ItemDocument>> docs = documents.of(items, actor);
        return items.stream().map(i -> ItemResource.of(i, docs.getOrDefault(i.id().value(), List.of()))).toList();
    }

    private ItemResource resource(Actor actor, AgendaItem item) {
        return resources(actor, List.of(item)).get(0);
    }

    /** The item as the actor may see it, if it is on the meeting's agenda. */
    private AgendaItem itemOf(Actor actor, long meetingId, long itemId) {
        AgendaItem item = management.item(actor, new AgendaItemId(itemId));
        if (item.meetingId().value() != meetingId) {
            throw new NotFoundException("Agenda item " + itemId + " of meeting " + meetingId);
        }
        return item;
    }

    private static int requireVersion(Integer version) {
        if (version == null) {
            throw new InvalidParameterException("version", "'version' is required: send the version you read");
        }
        return version;
    }

    private static Actor actor() {
        return Actor.of(CurrentUsers.current().orElseThrow(() -> new AccessDeniedException("Sign in first")));
    }
}
