package org.scrutineer.forwardplan.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.forwardplan.CallInGround;
import org.scrutineer.forwardplan.CallInOutcome;
import org.scrutineer.forwardplan.CallInRequest;
import org.scrutineer.forwardplan.DecisionDetails;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionMaker;
import org.scrutineer.forwardplan.DecisionRecordDetails;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.forwardplan.KeyReason;
import org.scrutineer.forwardplan.UrgencyAgreedAs;
import org.scrutineer.forwardplan.web.ForwardPlanApiResources.DecisionResource;
import org.scrutineer.forwardplan.web.ForwardPlanApiResources.DecisionsPage;
import org.scrutineer.platform.InvalidParameterException;
import org.scrutineer.platform.ResultPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forward plan, executive decisions and call-in as JSON, for signed-in users. Every call goes through
 * {@link ForwardPlanManagement}, so the API applies exactly the rules and permissions the pages do: a decision the
 * user may not see (a planned one they do not keep) is a 404, an action they may not take a 403, a broken rule a 422
 * naming each field (the notice rule and its citation, the constitution's call-in signatory rule), a stale
 * {@code version} a 409.
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Forward plan", description = "Key decision notices, the general exception and special urgency routes, "
        + "private meeting notices, decision records, call-in, pre-decision scrutiny and reg 18 reports "
        + "(SI 2012/2089; LGA 2000 s9F)")
@ApiResponse(responseCode = "401", description = "Not signed in")
class ForwardPlanApiController {

    private final ForwardPlanManagement forwardPlan;

    ForwardPlanApiController(ForwardPlanManagement forwardPlan) {
        this.forwardPlan = forwardPlan;
    }

    // --- requests ---------------------------------------------------------------------------------------------

    /** A forward plan entry; {@code version} (the one read) is required to change one. */
    record DecisionRequest(String matter, String summary, DecisionMaker maker,
            @Schema(description = "the cabinet member or officer taking it (not for CABINET)") Long makerId,
            Long portfolioId,
            @Schema(description = "the lead cabinet member") Long leadMemberId, Long leadOfficerId,
            LocalDate expectedOn, Boolean keyDecision,
            @Schema(description = "why it is key, by the council's thresholds") Set<KeyReason> keyReasons,
            @Schema(description = "the expenditure or saving, in pounds") BigDecimal financialEffect,
            List<Long> wardIds, String documents, String consultation, Boolean inPrivate,
            @Schema(description = "the Schedule 12A paragraph (1 to 7) when taken in private") Integer exemptParagraph,
            @Schema(description = "why the public interest favours taking it in private") String privateReason,
            @Schema(description = "how scrutiny is expected to engage with it") String plannedScrutiny,
            Integer version) {

        DecisionDetails details() {
            return new DecisionDetails(matter, summary, maker, makerId, portfolioId, leadMemberId, leadOfficerId,
                    expectedOn, Boolean.TRUE.equals(keyDecision), keyReasons, financialEffect, wardIds, documents,
                    consultation, Boolean.TRUE.equals(inPrivate), exemptParagraph, privateReason, plannedScrutiny);
        }
    }

    /** Publication of the notice on the forward plan. */
    record NoticeRequest(@Schema(description = "default today") LocalDate publishedOn) {
    }

    /** The general exception route (reg 10). */
    record GeneralExceptionRequest(
            @Schema(description = "the chair of the overview and scrutiny committee who was told") Long chairId,
            @Schema(description = "when the chair was told and the notice published") LocalDate informedOn,
            @Schema(description = "why the decision cannot wait for 28 days' notice") String reasons) {
    }

    /** The special urgency route (reg 11). */
    record SpecialUrgencyRequest(Long agreedById, UrgencyAgreedAs agreedAs, LocalDate agreedOn,
            @Schema(description = "why the decision is urgent and cannot reasonably be deferred") String reasons) {
    }

    /** The private meeting notices (reg 5). */
    record PrivateNoticesRequest(
            @Schema(description = "the 28-day notice of intention") LocalDate intentionOn,
            @Schema(description = "the further notice, 5 clear working days before") LocalDate finalOn,
            String representations,
            @Schema(description = "the response to the representations (required with the further notice)")
            String response) {
    }

    /** The decision record (regs 12-13). */
    record RecordRequest(LocalDate decidedOn, String decision, String reasons,
            @Schema(description = "alternative options considered and rejected") String alternatives,
            String conflicts, String dispensations,
            @Schema(description = "only under special urgency, with the scrutiny chair's consent")
            String callInExemptReason, Integer version) {
    }

    /** Publication of the decision record, which opens the call-in window. */
    record PublicationRequest(@Schema(description = "default today") LocalDate publishedOn) {
    }

    /** A call-in. */
    record CallInBody(Set<CallInGround> grounds, String explanation,
            @Schema(description = "the councillors signing it; the constitution's rule says how many and whether "
                    + "one must chair an overview and scrutiny committee") List<Long> signatoryIds,
            @Schema(description = "the overview and scrutiny committee to hear it") Long committeeId) {
    }

    /** The committee's decision on a call-in. */
    record CallInDecisionRequest(CallInOutcome outcome, LocalDate heardOn,
            @Schema(description = "required when referred back or to council") String concerns,
            @Schema(description = "required when referred to council") LocalDate councilDate,
            @Schema(description = "the call-in's version you read") Integer version) {
    }

    /** The decision maker's reconsideration. */
    record ReconsiderationRequest(@Schema(description = "the date of the reconsideration") LocalDate on,
            @Schema(description = "the decision as confirmed or amended") String decision) {
    }

    /** A committee's flag for pre-decision scrutiny. */
    record PreDecisionScrutinyRequest(Long committeeId, String note) {
    }

    /** A committee's requirement of a reg 18 report to council. */
    record KeyDecisionReportRequest(Long committeeId, String reasons, LocalDate reportBy) {
    }

    /** Withdrawal of a decision not yet taken. */
    record WithdrawalRequest(String reason, Integer version) {
    }

    // --- the forward plan -------------------------------------------------------------------------------------

    @GetMapping
    @Operation(summary = "The forward plan", description = "Decisions by expected (or decided) date, 50 to a page. "
            + "With month, that month's; otherwise from 'from' (default: the first of this month). Planned entries "
            + "not yet published are listed only to the executive and Democratic Services.")
    DecisionsPage list(
            @Parameter(description = "a month, e.g. 2026-12") @RequestParam(required = false) YearMonth month,
            @Parameter(description = "decisions on or after this day, when no month is given")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "portfolio id") @RequestParam(required = false) Long portfolio,
            @Parameter(description = "ward id") @RequestParam(required = false) Long ward,
            @Parameter(description = "true for key decisions only, false for the others")
            @RequestParam(required = false) Boolean key,
            @RequestParam(required = false) DecisionState state,
            @Parameter(description = "words in the matter or the reference") @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int[] paging = ResultPage.clamp(page, size, 50, 200);
        LocalDate start = from != null ? from : forwardPlan.today().withDayOfMonth(1);
        return DecisionsPage.of(forwardPlan.forwardPlan(actor(), month, start, portfolio, ward, key, state, q,
                paging[0], paging[1]), forwardPlan);
    }

    @GetMapping("/special-urgency")
    @Operation(summary = "The reg 19 report: decisions taken under special urgency in a period", description = "For "
            + "the leader's report to council (SI 2012/2089 reg 19): each decision agreed as urgent between from and "
            + "to, with who agreed, when and why.")
    @ApiResponse(responseCode = "422", description = "The period ends before it starts")
    List<DecisionResource> specialUrgency(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Actor actor = actor();
        return forwardPlan.specialUrgencyReport(from, to).stream().map(d -> resource(actor, d)).toList();
    }

    @PostMapping
    @Operation(summary = "Plan a decision (the executive, Democratic Services)", description = "Not yet public: "
            + "publish its notice to put it on the forward plan. A decision of at least the council's threshold "
            + "must be key, and a key one needs its reasons.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new decision")
    @ApiResponse(responseCode = "403", description = "Not a member of the executive, a chief officer or Democratic "
            + "Services")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong; errors name each")
    ResponseEntity<DecisionResource> create(@RequestBody DecisionRequest request) {
        Actor actor = actor();
        DecisionId id = forwardPlan.plan(actor, request.details());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + id)).body(resource(actor, id));
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "One decision with its route, record, call-in window, call-in, flags and reg 18 reports")
    @ApiResponse(responseCode = "404", description = "No such decision, or a planned one the user does not keep")
    DecisionResource decision(@PathVariable long id) {
        Actor actor = actor();
        return resource(actor, new DecisionId(id));
    }

    @PutMapping("/{id:\\d+}")
    @Operation(summary = "Change the entry until the decision is taken", description = "Send every field (one left "
            + "out is cleared) and the version you read. A key decision whose notice is published cannot move to a "
            + "date the notice does not cover (key-decision-notice: 28 clear days) unless the general exception or "
            + "special urgency route is used: refused with 422 naming expectedOn, the rule and its citation.")
    @ApiResponse(responseCode = "409", description = "The version sent is not the current one")
    DecisionResource update(@PathVariable long id, @RequestBody DecisionRequest request) {
        Actor actor = actor();
        forwardPlan.update(actor, new DecisionId(id), requireVersion(request.version()), request.details());
        return resource(actor, new DecisionId(id));
    }

    @PostMapping("/{id:\\d+}/notice")
    @Operation(summary = "Publish the notice on the forward plan", description = "A key decision's notice must be "
            + "published by the key-decision-notice date for its expected date (28 clear days before).")
    DecisionResource notice(@PathVariable long id, @RequestBody(required = false) NoticeRequest request) {
        Actor actor = actor();
        LocalDate on = request == null || request.publishedOn() == null ? forwardPlan.today() : request.publishedOn();
        forwardPlan.publishNotice(actor, new DecisionId(id), on);
        return resource(actor, new DecisionId(id));
    }

    @PostMapping("/{id:\\d+}/general-exception")
    @Operation(summary = "Take the general exception route (reg 10)", description = "The chair of the relevant "
            + "overview and scrutiny committee was told in writing and notice published; the decision may be taken "
            + "from 5 clear working days after (general-exception-earliest-decision).")
    DecisionResource generalException(@PathVariable long id, @RequestBody GeneralExceptionRequest request) {
        Actor actor = actor();
        forwardPlan.useGeneralException(actor, new DecisionId(id), request.chairId(), request.informedOn(),
                request.reasons());
        return resource(actor, new DecisionId(id));
    }

    @PostMapping("/{id:\\d+}/special-urgency")
    @Operation(summary = "Take the special urgency route (reg 11)", description = "Agreed by the chair of the "
            + "relevant overview and scrutiny committee (SCRUTINY_CHAIR) or, failing them, the chair "
            + "(COUNCIL_CHAIR) or vice-chair (COUNCIL_VICE_CHAIR) of the council.")
    DecisionResource specialUrgency(@PathVariable long id, @RequestBody SpecialUrgencyRequest request) {
        Actor actor = actor();
        forwardPlan.useSpecialUrgency(actor, new DecisionId(id), request.agreedById(), request.agreedAs(),
                request.agreedOn(), request.reasons());
        return resource(actor, new DecisionId(id));
    }

    @PostMapping("/{id:\\d+}/private-notices")
    @Operation(summary = "Record the private meeting notices (reg 5)", description = "The 28-day notice of intention "
            + "and the further notice 5 clear working days before, with representations received and the response. "
            + "Late notices are refused unless special urgency was agreed.")
    DecisionResource privateNotices(@PathVariable long id, @RequestBody PrivateNoticesRequest request) {
        Actor actor = actor();
        forwardPlan.recordPrivateNotices(actor, new DecisionId(id), request.intentionOn(), request.finalOn(),
                request.representations(), request.response());
        return resource(actor, new DecisionId(id));
    }

    @PostMapping("/{id:\\d+}/withdrawal")
    @Operation(summary = "Withdraw a decision not yet taken", description = "With the reason and the version read.")
    DecisionResource withdraw(@PathVariable long id, @RequestBody WithdrawalRequest request) {
        Actor actor = actor();
        forwardPlan.withdraw(actor, new DecisionId(id), requireVersion(request.version()), request.reason());
        return resource(actor, new DecisionId(id));
    }

    // --- the decision and call-in -----------------------------------------------------------------------------

    @PostMapping("/{id:\\d+}/record")
    @Operation(summary = "Record the decision", description = "A key decision must be taken on a day its route "
            + "allows. Reasons and the alternatives considered and rejected are required (reg 13).")
    DecisionResource record(@PathVariable long id, @RequestBody RecordRequest request) {
        Actor actor = actor();
        forwardPlan.recordDecision(actor, new DecisionId(id), requireVersion(request.version()),
                new DecisionRecordDetails(request.decidedOn(), request.decision(), request.reasons(),
                        request.alternatives(), request.conflicts(), request.dispensations(),
                        request.callInExemptReason()));
        return resource(actor, new DecisionId(id));
    }

    @PostMapping("/{id:\\d+}/record/publish")
    @Operation(summary = "Publish the decision record", description = "Opens the call-in window (call-in-expiry: "
            + "5 working days, closing at 17:00 on the last), unless the decision is exempt from call-in, when it "
            + "takes effect at once.")
    DecisionResource publishRecord(@PathVariable long id, @RequestBody(required = false) PublicationRequest request) {
        Actor actor = actor();
        LocalDate on = request == null || request.publishedOn() == null ? forwardPlan.today() : request.publishedOn();
        forwardPlan.publishRecord(actor, new DecisionId(id), on);
        return resource(actor, new DecisionId(id));
    }

    @PostMapping("/{id:\\d+}/call-in")
    @Operation(summary = "Call in a published decision", description = "By its signatories (or recorded by a "
            + "scrutiny officer) before the window closes. Signatories short of the constitution's rule are refused "
            + "with 422 naming signatoryIds and the rule; a valid call-in suspends implementation until the committee "
            + "decides.")
    @ApiResponse(responseCode = "201", description = "Called in; the decision with its call-in")
    @ApiResponse(responseCode = "403", description = "Not a signatory or a scrutiny officer")
    ResponseEntity<DecisionResource> callIn(@PathVariable long id, @RequestBody CallInBody request) {
        Actor actor = actor();
        forwardPlan.callIn(actor, new DecisionId(id), new CallInRequest(request.grounds(), request.explanation(),
                request.signatoryIds(), request.committeeId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(actor, new DecisionId(id)));
    }

    @PostMapping("/{id:\\d+}/call-in/decision")
    @Operation(summary = "Record the committee's decision on the call-in", description = "NO_FURTHER_ACTION (the "
            + "decision takes effect), REFERRED_BACK to the decision maker with concerns (reconsideration due within "
            + "the configured period) or REFERRED_TO_COUNCIL with the council meeting's date. By the committee's "
            + "chair or vice-chair or a scrutiny officer, with the call-in's version.")
    @ApiResponse(responseCode = "409", description = "The call-in's version sent is not the current one")
    DecisionResource decideCallIn(@PathVariable long id, @RequestBody CallInDecisionRequest request) {
        Actor actor = actor();
        forwardPlan.decideCallIn(actor, new DecisionId(id), requireVersion(request.version()), request.outcome(),
                request.heardOn(), request.concerns(), request.councilDate());
        return resource(actor, new DecisionId(id));
    }

    @PostMapping("/{id:\\d+}/reconsideration")
    @Operation(summary = "Record the reconsidered decision", description = "After a referral back (or the council's "
            + "decision on a referral to it): the decision, confirmed or amended, takes effect.")
    DecisionResource reconsider(@PathVariable long id, @RequestBody ReconsiderationRequest request) {
        Actor actor = actor();
        forwardPlan.reconsider(actor, new DecisionId(id), request.on(), request.decision());
        return resource(actor, new DecisionId(id));
    }

    @PostMapping("/{id:\\d+}/pre-decision-scrutiny")
    @Operation(summary = "Flag the decision for pre-decision scrutiny", description = "By the committee's chair or "
            + "vice-chair or a scrutiny officer, before the decision is taken; it appears in the committee's work "
            + "programme and on the decision.")
    @ApiResponse(responseCode = "201", description = "Flagged")
    ResponseEntity<DecisionResource> flag(@PathVariable long id, @RequestBody PreDecisionScrutinyRequest request) {
        Actor actor = actor();
        forwardPlan.flagForPreDecisionScrutiny(actor, new DecisionId(id), request.committeeId(), request.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(actor, new DecisionId(id)));
    }

    @PostMapping("/{id:\\d+}/reg18-reports")
    @Operation(summary = "Require a reg 18 report to council", description = "The committee believes a decision "
            + "taken as not key should have been treated as key, and sets the date by which the report must go to "
            + "council.")
    @ApiResponse(responseCode = "201", description = "Required")
    ResponseEntity<DecisionResource> requireReport(@PathVariable long id,
            @RequestBody KeyDecisionReportRequest request) {
        Actor actor = actor();
        forwardPlan.requireKeyDecisionReport(actor, new DecisionId(id), request.committeeId(), request.reasons(),
                request.reportBy());
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(actor, new DecisionId(id)));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private DecisionResource resource(Actor actor, DecisionId id) {
        return resource(actor, forwardPlan.decision(actor, id));
    }

    private DecisionResource resource(Actor actor, ExecutiveDecision d) {
        return DecisionResource.of(d, forwardPlan, forwardPlan.mayManage(actor, d));
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
