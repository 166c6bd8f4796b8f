package org.scrutineer.inforequests.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.Reference;
import org.scrutineer.documents.Document;
import org.scrutineer.inforequests.InformationFigures;
import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.QuarterlyReport;
import org.scrutineer.inforequests.RefusalGround;
import org.scrutineer.inforequests.RequestEvent;
import org.scrutineer.inforequests.RequestState;
import org.scrutineer.inforequests.RequestedAs;
import org.scrutineer.inforequests.StandingArrangement;

/**
 * What the information requests API answers with: the module's view records as plain data, dates in ISO 8601, people,
 * committees and directorates as {@code {id, name}}.
 */
final class InformationRequestsApiResources {

    private InformationRequestsApiResources() {
    }

    /** A request in a list. */
    record RequestSummaryResource(long id, String reference, Reference committee, Reference requestedBy,
            RequestedAs requestedAs, String relatesTo, String what, Reference directorate,
            Reference responsibleOfficer, LocalDate receivedOn,
            @Schema(description = "the last day to respond; moves on while the clock is stopped for clarification")
            LocalDate due, RequestState state,
            @Schema(description = "a response is owed and the due date has passed") boolean overdue,
            @Schema(description = "when it was escalated to the directorate's chief officer for being overdue")
            LocalDate escalatedOn, LocalDate respondedOn,
            @Schema(description = "answered after the due date") boolean answeredLate, int version) {

        static RequestSummaryResource of(InformationRequest r, LocalDate today) {
            return new RequestSummaryResource(r.id().value(), r.reference(),
                    new Reference(r.committeeId(), r.committeeName()),
                    new Reference(r.requestedById(), r.requestedByName()), r.requestedAs(), r.relatesTo(), r.what(),
                    r.directorateId() == null ? null : new Reference(r.directorateId(), r.directorateName()),
                    new Reference(r.responsibleOfficerId(), r.responsibleOfficerName()), r.receivedOn(), r.due(),
                    r.state(), r.overdueOn(today), r.escalatedOn(), r.respondedOn(), r.answeredLate(), r.version());
        }
    }

    /** A page of requests. */
    record RequestsPage(List<RequestSummaryResource> items, int page, int size, long total, int pages) {
    }

    /** A request with everything that happened to it and its tracked deadline. */
    record RequestResource(long id, String reference, Reference committee, Reference requestedBy,
            RequestedAs requestedAs,
            @Schema(description = "the agenda item it relates to (an id in the meetings API)") Long agendaItemId,
            String relatesTo, String what, String why, Reference directorate, Reference responsibleOfficer,
            LocalDate receivedOn, LocalDate due, RequestState state, boolean overdue, LocalDate acknowledgedOn,
            @Schema(description = "the clarification sought, while the clock is stopped") String clarification,
            LocalDate clarificationSoughtOn, LocalDate respondedOn, boolean answeredLate,
            @Schema(description = "the covering note saying what is provided and where") String response,
            @Schema(description = "for a refusal or partial provision, the reg 17 ground") RefusalGround refusalGround,
            @Schema(description = "the written statement of reasons for withholding") String refusalReasons,
            LocalDate escalatedOn, String escalatedTo, int version,
            @Schema(description = "the information-request-response deadline, with its rule and citation")
            DeadlineResource deadline,
            @Schema(description = "what happened, oldest first") List<EventResource> events,
            @Schema(description = "the documents provided, in the order attached; an exempt or confidential one the "
                    + "caller may not read only as its classification and public summary")
            List<DocumentResource> documents) {

        static RequestResource of(InformationRequest r, LocalDate today, TrackedDeadline deadline,
                List<RequestEvent> events, List<DocumentResource> documents) {
            return new RequestResource(r.id().value(), r.reference(), new Reference(r.committeeId(), r.committeeName()),
                    new Reference(r.requestedById(), r.requestedByName()), r.requestedAs(), r.agendaItemId(),
                    r.relatesTo(), r.what(), r.why(),
                    r.directorateId() == null ? null : new Reference(r.directorateId(), r.directorateName()),
                    new Reference(r.responsibleOfficerId(), r.responsibleOfficerName()), r.receivedOn(), r.due(),
                    r.state(), r.overdueOn(today), r.acknowledgedOn(), r.clarification(), r.clarificationSoughtOn(),
                    r.respondedOn(), r.answeredLate(), r.response(), r.refusalGround(), r.refusalReasons(),
                    r.escalatedOn(), r.escalatedToName(), r.version(),
                    deadline == null ? null : DeadlineResource.of(deadline),
                    events.stream().map(EventResource::of).toList(), documents);
        }
    }

    /** A document provided for a request: in full for a reader entitled to it, otherwise withheld. */
    record DocumentResource(
            @Schema(description = "the document's id in /api/v1/documents; null when withheld") Long id,
            String title, String fileName,
            @Schema(description = "the type in words, e.g. PDF") String type, Long size,
            @Schema(description = "PUBLIC, EXEMPT or CONFIDENTIAL") String classification,
            @Schema(description = "the Schedule 12A paragraph when exempt") Integer paragraph,
            @Schema(description = "e.g. Exempt information (Schedule 12A paragraph 3), shown beside a restricted "
                    + "document to those entitled to it") String marking,
            @Schema(description = "what the public see in place of a restricted document") String publicSummary,
            @Schema(description = "true when the caller may not read it: only its classification and summary are "
                    + "given") boolean withheld,
            @Schema(description = "where its content is downloaded") String contentUrl) {

        static DocumentResource of(Document d, boolean readable) {
            if (!readable) {
                return new DocumentResource(null, null, null, null, null, d.classification().name(), null, null,
                        d.publicSummary(), true, null);
            }
            return new DocumentResource(d.id().value(), d.title(), d.fileName(), d.typeLabel(), d.size(),
                    d.classification().name(), d.paragraph(), d.marking(), d.publicSummary(), false,
                    "/api/v1/documents/" + d.id().value() + "/content");
        }
    }

    /** Something that happened to a request. */
    record EventResource(LocalDate on, String kind, String text, String by) {

        static EventResource of(RequestEvent e) {
            return new EventResource(e.on(), e.kind(), e.text(), e.by());
        }
    }

    /** A tracked deadline. */
    record DeadlineResource(long id, String rule, LocalDate trigger, LocalDate due, LocalTime closesAt,
            String citation, String explanation, String source, String state, LocalDate metOn, boolean extended) {

        static DeadlineResource of(TrackedDeadline d) {
            return new DeadlineResource(d.id().value(), d.ruleId(), d.trigger(), d.due(), d.closesAt(), d.citation(),
                    d.explanation(), d.source().name().toLowerCase(Locale.ROOT), d.state().name(), d.metOn(),
                    d.extended());
        }
    }

    /** Requests received in a period by one committee or directorate. */
    record FiguresRow(String name, long requests, long answered, long answeredOnTime,
            @Schema(description = "answeredOnTime as a percentage of answered; null when none were")
            Integer onTimePercent,
            long refused,
            @Schema(description = "refused as a percentage of answered; null when none were") Integer refusedPercent,
            long open, long overdue,
            @Schema(description = "median calendar days from receipt to answer") Double medianDaysToAnswer) {

        static FiguresRow of(InformationFigures f) {
            return new FiguresRow(f.name(), f.requests(), f.answered(), f.onTime(), f.onTimePercent(), f.refused(),
                    f.refusedPercent(), f.open(), f.overdue(), f.medianDaysToAnswer());
        }
    }

    /** Figures for a period, per committee and per directorate. */
    record FiguresResource(LocalDate from, LocalDate to, List<FiguresRow> byCommittee,
            List<FiguresRow> byDirectorate) {
    }

    /** One quarter of a standing arrangement. */
    record QuarterResource(LocalDate quarterStart, String quarter, LocalDate expectedOn, LocalDate receivedOn,
            @Schema(description = "past its expected date and not come: flagged like a missed deadline")
            boolean missing, boolean late) {

        static QuarterResource of(QuarterlyReport q) {
            return new QuarterResource(q.quarterStart(), q.quarterLabel(), q.expectedOn(), q.receivedOn(),
                    q.missing(), q.late());
        }
    }

    /** A report a committee receives every quarter, with its last quarters, newest first. */
    record ArrangementResource(long id, Reference committee, String title, Reference directorate,
            Reference responsibleOfficer, int daysAfterQuarter, LocalDate startsOn, LocalDate endsOn,
            List<QuarterResource> quarters) {

        static ArrangementResource of(StandingArrangement a, List<QuarterlyReport> quarters) {
            return new ArrangementResource(a.id(), new Reference(a.committeeId(), a.committeeName()), a.title(),
                    a.directorateId() == null ? null : new Reference(a.directorateId(), a.directorateName()),
                    a.responsibleOfficerId() == null ? null
                            : new Reference(a.responsibleOfficerId(), a.responsibleOfficerName()),
                    a.daysAfterQuarter(), a.startsOn(), a.endsOn(),
                    quarters.stream().filter(q -> q.arrangement().id() == a.id()).map(QuarterResource::of).toList());
        }
    }

    /** An answered request as the public see it. */
    record PublicRequestResource(long id, String reference, Reference committee, String relatesTo, String what,
            LocalDate receivedOn, LocalDate due, RequestState state, LocalDate respondedOn, boolean answeredLate,
            RefusalGround refusalGround,
            @Schema(description = "public documents in full; exempt and confidential ones as their summary only")
            List<DocumentResource> documents) {

        static PublicRequestResource of(InformationRequest r, List<Document> documents) {
            return new PublicRequestResource(r.id().value(), r.reference(),
                    new Reference(r.committeeId(), r.committeeName()), r.relatesTo(), r.what(), r.receivedOn(),
                    r.due(), r.state(), r.respondedOn(), r.answeredLate(), r.refusalGround(),
                    documents.stream().map(d -> DocumentResource.of(d, !d.restricted())).toList());
        }
    }
}
