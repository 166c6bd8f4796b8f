package org.scrutineer.inforequests.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.documents.DocumentUpload;
import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.InformationRequestId;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.inforequests.Outcome;
import org.scrutineer.inforequests.QuarterlyReport;
import org.scrutineer.inforequests.RefusalGround;
import org.scrutineer.inforequests.RequestDetails;
import org.scrutineer.inforequests.RequestState;
import org.scrutineer.inforequests.RequestedAs;
import org.scrutineer.inforequests.ResponseDetails;
import org.scrutineer.inforequests.web.InformationRequestsApiResources.ArrangementResource;
import org.scrutineer.inforequests.web.InformationRequestsApiResources.DocumentResource;
import org.scrutineer.inforequests.web.InformationRequestsApiResources.FiguresResource;
import org.scrutineer.inforequests.web.InformationRequestsApiResources.FiguresRow;
import org.scrutineer.inforequests.web.InformationRequestsApiResources.PublicRequestResource;
import org.scrutineer.inforequests.web.InformationRequestsApiResources.QuarterResource;
import org.scrutineer.inforequests.web.InformationRequestsApiResources.RequestResource;
import org.scrutineer.inforequests.web.InformationRequestsApiResources.RequestSummaryResource;
import org.scrutineer.inforequests.web.InformationRequestsApiResources.RequestsPage;
import org.scrutineer.platform.InvalidParameterException;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Information requests as JSON: requests under SI 2012/2089 reg 17 from logging to the executive's answer, their
 * figures, and the standing quarterly reports. Every call goes through {@link InformationRequestManagement}, so the
 * API applies exactly the rules and permissions the pages do: a request the caller may not see is a 404, an action
 * they may not take a 403, a broken rule a 422 naming each field (nothing is saved), a stale {@code version} a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Information requests", description = "Requests for information from scrutiny to the executive, the "
        + "reg 17 response deadline, refusals with a written statement of reasons, and standing quarterly reports "
        + "(SI 2012/2089 reg 17)")
@ApiResponse(responseCode = "401", description = "Not signed in")
class InformationRequestsApiController {

    private final InformationRequestManagement management;
    private final DocumentManagement documents;

    InformationRequestsApiController(InformationRequestManagement management, DocumentManagement documents) {
        this.management = management;
        this.documents = documents;
    }

    // --- requests ---------------------------------------------------------------------------------------------

    /** A new request. */
    record CreateRequest(@Schema(description = "the scrutiny committee the request is made for") Long committeeId,
            @Schema(description = "the councillor asking; defaults to the caller. Only a scrutiny officer names "
                    + "someone else") Long requestedById,
            @Schema(description = "on whose authority: MEMBER for oneself, CHAIR or COMMITTEE for the chair or "
                    + "vice-chair") RequestedAs requestedAs,
            @Schema(description = "the agenda item it relates to, on a meeting of the committee") Long agendaItemId,
            @Schema(description = "the item or review it relates to, in words") String relatesTo, String what,
            String why,
            @Schema(description = "defaults to the officer's directorate") Long directorateId,
            @Schema(description = "the officer asked to provide the information") Long responsibleOfficerId,
            @Schema(description = "the day the executive received the request; starts the ten working days")
            LocalDate receivedOn) {
    }

    /** The executive acknowledges the request. */
    record AcknowledgementRequest(@Schema(description = "the version you read") Integer version,
            @Schema(description = "default today") LocalDate acknowledgedOn) {
    }

    /** The executive asks what exactly is wanted; the clock stops. */
    record ClarificationRequest(Integer version, String question,
            @Schema(description = "the day it was sought, default today") LocalDate on) {
    }

    /** Those who asked answer the clarification; the clock restarts. */
    record ClarifyRequest(Integer version, String answer,
            @Schema(description = "the day of the answer, default today") LocalDate on) {
    }

    /** The executive's answer. */
    record ResponseRequest(Integer version, Outcome outcome,
            @Schema(description = "the covering note: what is provided and where (needed unless REFUSED)")
            String response,
            @Schema(description = "needed for REFUSED and PARTLY_PROVIDED") RefusalGround refusalGround,
            @Schema(description = "the written statement of reasons, needed for REFUSED and PARTLY_PROVIDED")
            String refusalReasons,
            @Schema(description = "the day it was sent, default today") LocalDate respondedOn) {
    }

    /** Those who asked withdraw the request. */
    record WithdrawalRequest(Integer version, String reason) {
    }

    @GetMapping("/information-requests")
    @Operation(summary = "Requests the caller may see", description = "Open ones first, soonest due first; 50 to a "
            + "page. Members see their committees' requests, the executive those asked of them or their directorate, "
            + "scrutiny officers, the monitoring officer and the head of paid service all of them.")
    RequestsPage list(@Parameter(description = "committee id") @RequestParam(required = false) Long committee,
            @Parameter(description = "directorate id") @RequestParam(required = false) Long directorate,
            @RequestParam(required = false) RequestState state,
            @Parameter(description = "only requests still awaiting a response") @RequestParam(defaultValue = "false")
            boolean open,
            @Parameter(description = "only requests past their due date") @RequestParam(defaultValue = "false")
            boolean overdue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int[] paging = ResultPage.clamp(page, size, 50, 200);
        LocalDate today = management.today();
        ResultPage<InformationRequest> result = management.requests(actor(), committee, directorate, state, open,
                overdue, paging[0], paging[1]);
        return new RequestsPage(result.items().stream().map(r -> RequestSummaryResource.of(r, today)).toList(),
                result.page(), result.size(), result.total(), result.pages());
    }

    @PostMapping("/information-requests")
    @Operation(summary = "Make a request", description = "By a member for themselves, the chair or vice-chair for "
            + "the chair or the committee, or a scrutiny officer on a councillor's behalf. Starts the "
            + "information-request-response deadline (ten working days, SI 2012/2089 reg 17).")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new request")
    @ApiResponse(responseCode = "403", description = "Not a member of the committee on the authority given")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong; errors name each")
    ResponseEntity<RequestResource> create(@RequestBody CreateRequest body) {
        Actor actor = actor();
        Long requestedBy = body.requestedById() != null ? body.requestedById()
                : actor.person() == null ? null : actor.person().value();
        InformationRequestId id = management.create(actor, new RequestDetails(body.committeeId(), requestedBy,
                body.requestedAs(), body.agendaItemId(), body.relatesTo(), body.what(), body.why(),
                body.directorateId(), body.responsibleOfficerId(), body.receivedOn()));
        return ResponseEntity.created(URI.create("/api/v1/information-requests/" + id)).body(resource(actor, id));
    }

    @GetMapping("/information-requests/{id:\\d+}")
    @Operation(summary = "One request with what happened to it and its deadline")
    @ApiResponse(responseCode = "404", description = "No such request, or one the caller may not see")
    RequestResource get(@PathVariable long id) {
        return resource(actor(), new InformationRequestId(id));
    }

    @PostMapping("/information-requests/{id:\\d+}/acknowledgement")
    @Operation(summary = "Acknowledge the request (the executive)", description = "By the officer asked, a chief "
            + "officer of the directorate or the head of paid service.")
    @ApiResponse(responseCode = "403", description = "Not someone who answers for the executive")
    @ApiResponse(responseCode = "409", description = "The version sent is not the current one")
    RequestResource acknowledge(@PathVariable long id, @RequestBody AcknowledgementRequest body) {
        Actor actor = actor();
        management.acknowledge(actor, new InformationRequestId(id), requireVersion(body.version()),
                orToday(body.acknowledgedOn()));
        return resource(actor, new InformationRequestId(id));
    }

    @PostMapping("/information-requests/{id:\\d+}/clarification")
    @Operation(summary = "Seek clarification (the executive)", description = "The deadline's clock stops from that "
            + "day until those who asked answer.")
    RequestResource seekClarification(@PathVariable long id, @RequestBody ClarificationRequest body) {
        Actor actor = actor();
        management.seekClarification(actor, new InformationRequestId(id), requireVersion(body.version()),
                body.question(), orToday(body.on()));
        return resource(actor, new InformationRequestId(id));
    }

    @PostMapping("/information-requests/{id:\\d+}/clarification/answer")
    @Operation(summary = "Answer the clarification (those who asked)", description = "By the member who asked, the "
            + "committee's chair or vice-chair, or a scrutiny officer. The clock restarts that day and the due date "
            + "moves on.")
    RequestResource clarify(@PathVariable long id, @RequestBody ClarifyRequest body) {
        Actor actor = actor();
        management.clarify(actor, new InformationRequestId(id), requireVersion(body.version()), body.answer(),
                orToday(body.on()));
        return resource(actor, new InformationRequestId(id));
    }

    @PostMapping("/information-requests/{id:\\d+}/response")
    @Operation(summary = "Respond (the executive)", description = "PROVIDED (with a covering note), PARTLY_PROVIDED "
            + "or REFUSED. Withholding anything needs the reg 17 ground and a written statement of reasons; when "
            + "anything is wrong nothing is saved and each problem is named (e.g. refusalReasons).")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong; nothing was saved")
    RequestResource respond(@PathVariable long id, @RequestBody ResponseRequest body) {
        Actor actor = actor();
        management.respond(actor, new InformationRequestId(id), requireVersion(body.version()),
                new ResponseDetails(body.outcome(), body.response(), body.refusalGround(), body.refusalReasons(),
                        orToday(body.respondedOn())));
        return resource(actor, new InformationRequestId(id));
    }

    @PostMapping("/information-requests/{id:\\d+}/withdrawal")
    @Operation(summary = "Withdraw the request (those who asked)", description = "With the reason; its deadline no "
            + "longer applies.")
    RequestResource withdraw(@PathVariable long id, @RequestBody WithdrawalRequest body) {
        Actor actor = actor();
        management.withdraw(actor, new InformationRequestId(id), requireVersion(body.version()), body.reason());
        return resource(actor, new InformationRequestId(id));
    }

    @PostMapping(value = "/information-requests/{id:\\d+}/documents",
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document provided (the executive)", description = "A multipart upload: the file "
            + "(checked by its content: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG or text, within the size "
            + "limit), its title and classification: PUBLIC, EXEMPT (with paragraph 1 to 7 and publicInterestReason) "
            + "or CONFIDENTIAL (with publicInterestReason), and publicSummary for either. An exempt document is "
            + "readable by the committee's members and those entitled; the public see its summary.")
    @ApiResponse(responseCode = "201", description = "Attached")
    @ApiResponse(responseCode = "413", description = "Larger than the service accepts")
    @ApiResponse(responseCode = "422", description = "No file, a file of a type not accepted, or a classification "
            + "without what it needs; errors name each field and nothing is kept")
    ResponseEntity<DocumentResource> attach(@PathVariable long id,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(required = false) String classification,
            @RequestParam(required = false) Integer paragraph,
            @RequestParam(required = false) String publicInterestReason,
            @RequestParam(required = false) String publicSummary) throws java.io.IOException {
        Actor actor = actor();
        boolean chosen = file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
        try (var content = chosen ? file.getInputStream() : null) {
            Document d = management.attach(actor, new InformationRequestId(id), new DocumentUpload(title,
                    classification, paragraph, publicInterestReason, publicSummary),
                    file == null ? null : file.getOriginalFilename(), content);
            return ResponseEntity.created(URI.create("/api/v1/documents/" + d.id().value()))
                    .body(DocumentResource.of(d, true));
        }
    }

    // --- figures and standing arrangements --------------------------------------------------------------------

    @GetMapping("/information-requests/figures")
    @Operation(summary = "Requests, on time, refused and median days to answer, per committee and directorate",
            description = "For requests received in the period (default: the municipal year from 1 April to "
                    + "today). The same figures as /information-requests/figures.csv.")
    FiguresResource figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to) {
        actor();
        LocalDate start = from != null ? from : InformationFiguresController.yearStart(management.today());
        LocalDate end = to != null ? to : management.today();
        return new FiguresResource(start, end,
                management.figures(false, start, end).stream().map(FiguresRow::of).toList(),
                management.figures(true, start, end).stream().map(FiguresRow::of).toList());
    }

    /** A new standing arrangement. */
    record ArrangementRequest(Long committeeId, String title, Long directorateId, Long officerId,
            @Schema(description = "days after the quarter ends that the report is expected, 0 to 92")
            Integer daysAfterQuarter, LocalDate startsOn) {
    }

    /** A quarter's report came. */
    record ReceiptRequest(@Schema(description = "the first day of the quarter: 1 January, April, July or October")
            LocalDate quarterStart, @Schema(description = "default today") LocalDate receivedOn, String note) {
    }

    @GetMapping("/information-requests/arrangements")
    @Operation(summary = "Standing quarterly reports", description = "Each committee's current arrangements with "
            + "their last four quarters, newest first; a report past its expected date is missing.")
    List<ArrangementResource> arrangements(@Parameter(description = "committee id")
            @RequestParam(required = false) Long committee) {
        actor();
        List<QuarterlyReport> quarters = management.quarterlyReports(committee);
        return management.arrangements(committee).stream().map(a -> ArrangementResource.of(a, quarters)).toList();
    }

    @PostMapping("/information-requests/arrangements")
    @Operation(summary = "Add a standing arrangement (scrutiny officers)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "403", description = "Not a scrutiny officer")
    ResponseEntity<ArrangementResource> addArrangement(@RequestBody ArrangementRequest body) {
        long id = management.addArrangement(actor(), body.committeeId(), body.title(), body.directorateId(),
                body.officerId(), body.daysAfterQuarter(), body.startsOn());
        return ResponseEntity.created(URI.create("/api/v1/information-requests/arrangements/" + id))
                .body(arrangement(id));
    }

    @GetMapping("/information-requests/arrangements/{id:\\d+}")
    @Operation(summary = "One standing arrangement with its last quarters")
    ArrangementResource getArrangement(@PathVariable long id) {
        actor();
        return arrangement(id);
    }

    @PostMapping("/information-requests/arrangements/{id:\\d+}/receipts")
    @Operation(summary = "Record that a quarter's report came (scrutiny officers)")
    @ApiResponse(responseCode = "201", description = "Recorded; answers with the quarter")
    ResponseEntity<QuarterResource> receive(@PathVariable long id, @RequestBody ReceiptRequest body) {
        management.recordReceipt(actor(), id, body.quarterStart(), orToday(body.receivedOn()), body.note());
        QuarterResource quarter = arrangement(id).quarters().stream()
                .filter(q -> q.quarterStart().equals(body.quarterStart())).findFirst()
                .orElseGet(() -> new QuarterResource(body.quarterStart(), null, null, orToday(body.receivedOn()),
                        false, false));
        return ResponseEntity.created(URI.create("/api/v1/information-requests/arrangements/" + id)).body(quarter);
    }

    // --- public -----------------------------------------------------------------------------------------------

    @GetMapping("/public/information-requests/{id:\\d+}")
    @Operation(summary = "An answered request as the public see it", description = "What was asked, the dates and "
            + "the outcome; open and withdrawn requests are not found.")
    @ApiResponse(responseCode = "404", description = "No such request, or one not yet answered")
    PublicRequestResource published(@PathVariable long id) {
        return management.published(new InformationRequestId(id))
                .map(r -> PublicRequestResource.of(r, management.documents(r.id())))
                .orElseThrow(() -> new NotFoundException("Information request " + id));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private ArrangementResource arrangement(long id) {
        List<QuarterlyReport> quarters = management.quarterlyReports(null);
        return management.arrangements(null).stream().filter(a -> a.id() == id).findFirst()
                .map(a -> ArrangementResource.of(a, quarters))
                .orElseThrow(() -> new NotFoundException("Standing arrangement " + id));
    }

    private RequestResource resource(Actor actor, InformationRequestId id) {
        InformationRequest r = management.request(actor, id);
        List<Document> all = management.documents(id);
        List<Document> readable = documents.readable(documents.currentViewer(), all);
        return RequestResource.of(r, management.today(), management.deadline(r).orElse(null),
                management.events(actor, id), all.stream().map(d -> DocumentResource.of(d, readable.contains(d)))
                        .toList());
    }

    private LocalDate orToday(LocalDate day) {
        return day != null ? day : management.today();
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
