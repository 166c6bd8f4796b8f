package org.scrutineer.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.Reference;
import org.scrutineer.documents.Classification;
import org.scrutineer.documents.Document;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.Declaration;
import org.scrutineer.meetings.InterestKind;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.meetings.RegisterEntry;
import org.scrutineer.meetings.web.AgendaPackDocuments.ItemDocument;

/**
 * What the meetings JSON APIs answer with: the module's view records turned into plain data, dates in ISO 8601,
 * committees, people, portfolios and directorates as {@code {id, name}}. The signed-in API's item carries what the
 * caller may see (a private item's content withheld unless they are entitled to exempt information); the public
 * API's item is a separate record that has no field for a private item's content at all.
 */
final class MeetingsApiResources {

    private MeetingsApiResources() {
    }

    // --- signed-in ---------------------------------------------------------------------------------------------

    /** A meeting in a list. */
    record MeetingSummaryResource(long id, Reference committee, LocalDate date, LocalTime startsAt, String place,
            MeetingStatus status, int itemCount,
            @Schema(description = "how many items are taken in private (the meeting is then partly private)")
            int privateItemCount, boolean partlyPrivate,
            @Schema(description = "the last day to publish the agenda (the agenda-publication deadline)")
            LocalDate agendaDue, LocalDate agendaPublishedOn,
            @Schema(description = "the agenda was published after its deadline") boolean agendaLate,
            @Schema(description = "the agenda is still to be published and its deadline has passed")
            boolean agendaOverdue, String cancelledReason, LocalDate heldOn, LocalDate minutesPublishedOn,
            int version) {

        static MeetingSummaryResource of(Meeting m, LocalDate today) {
            return new MeetingSummaryResource(m.id().value(), committeeOf(m), m.date(), m.startsAt(), m.place(),
                    m.status(), m.itemCount(), m.privateItemCount(), m.partlyPrivate(), m.agendaDue(),
                    m.agendaPublishedOn(), m.agendaLate(), m.agendaOverdue(today), m.cancelledReason(), m.heldOn(),
                    m.minutesPublishedOn(), m.version());
        }
    }

    /** A page of meetings. */
    record MeetingsPage(List<MeetingSummaryResource> items, int page, int size, long total, int pages) {
    }

    /**
     * A meeting with its agenda as the caller may see it, the agenda-publication deadline with its rule and
     * citation, the register and the declarations of interest.
     */
    record MeetingResource(long id, Reference committee, String title, LocalDate date, LocalTime startsAt,
            String place, String notes, MeetingStatus status, int itemCount, int privateItemCount,
            boolean partlyPrivate, AgendaDeadlineResource agendaDeadline, LocalDate agendaPublishedOn,
            boolean agendaLate, boolean agendaOverdue, String cancelledReason, LocalDate heldOn,
            LocalDate minutesPublishedOn, List<ItemResource> items, List<RegisterEntryResource> register,
            List<DeclarationResource> declarations, MeetingLinks links, int version) {

        static MeetingResource of(Meeting m, TrackedDeadline deadline, LocalDate today, List<AgendaItem> items,
                Map<Long, List<ItemDocument>> documents, List<RegisterEntry> register, List<Declaration> declarations,
                MeetingLinks links) {
            return new MeetingResource(m.id().value(), committeeOf(m), m.title(), m.date(), m.startsAt(), m.place(),
                    m.notes(), m.status(), m.itemCount(), m.privateItemCount(), m.partlyPrivate(),
                    deadline == null ? null : AgendaDeadlineResource.of(deadline, m, today), m.agendaPublishedOn(),
                    m.agendaLate(), m.agendaOverdue(today), m.cancelledReason(), m.heldOn(), m.minutesPublishedOn(),
                    items.stream().map(i -> ItemResource.of(i, documents.getOrDefault(i.id().value(), List.of())))
                            .toList(),
                    register.stream().map(RegisterEntryResource::of).toList(),
                    declarations.stream().map(d -> DeclarationResource.of(d, items)).toList(), links, m.version());
        }
    }

    /** The agenda-publication deadline tracked for a meeting (LGA 1972 s100B). */
    record AgendaDeadlineResource(long id,
            @Schema(description = "the deadline rule, e.g. agenda-publication") String rule, String citation,
            String explanation, LocalDate due, String state, LocalDate metOn,
            @Schema(description = "the agenda was published after the due date") boolean late,
            @Schema(description = "the agenda is still to be published and the due date has passed") boolean overdue) {

        static AgendaDeadlineResource of(TrackedDeadline d, Meeting m, LocalDate today) {
            return new AgendaDeadlineResource(d.id().value(), d.ruleId(), d.citation(), d.explanation(), d.due(),
                    d.state().name(), d.metOn(), m.agendaLate() || d.metLate(), d.overdueOn(today));
        }
    }

    /** Where to read a meeting: its page, its agenda packs and its calendar entry. */
    record MeetingLinks(String page, String publicPage,
            @Schema(description = "the members' agenda pack (PDF), with exempt items for those entitled to them")
            String agendaPack,
            @Schema(description = "the public agenda pack (PDF), once the agenda is published") String publicAgendaPack,
            @Schema(description = "the committee's meetings as an iCalendar feed") String calendar) {
    }

    /** An agenda item as the caller may see it. */
    record ItemResource(long id, long meetingId, int number, String title, String purpose,
            @Schema(description = "the session's aims and objectives (withheld for a private item unless entitled)")
            String aims,
            @Schema(description = "the key lines of questioning (withheld for a private item unless entitled)")
            String linesOfQuestioning,
            @Schema(description = "when the aims were agreed beforehand with the executive") LocalDate aimsAgreedOn,
            String aimsAgreedWith,
            @Schema(description = "the covering report (withheld for a private item unless entitled)") String reportText,
            Reference portfolio,
            @Schema(description = "the cabinet member holding the portfolio (invited by default)")
            Long portfolioHolderId, Reference directorate,
            @Schema(description = "taken in private, with the public excluded") boolean inPrivate,
            @Schema(description = "the Schedule 12A paragraph (1 to 7) under which it is taken in private")
            Integer exemptParagraph,
            @Schema(description = "the public interest reasoning (withheld unless entitled)") String privateReason,
            @Schema(description = "what the public are told about a private item") String publicSummary,
            String minutes, String resolutions,
            @Schema(description = "the scrutiny report holding the recommendations made on the day, once recorded")
            ReportLink report,
            @Schema(description = "the private content was withheld from the caller") boolean withheld,
            @Schema(description = "the item's documents; one the caller may not read is its public summary only")
            List<DocumentResource> documents, int version) {

        static ItemResource of(AgendaItem i, List<ItemDocument> documents) {
            return new ItemResource(i.id().value(), i.meetingId().value(), i.number(), i.title(), i.purpose(),
                    i.aims(), i.linesOfQuestioning(), i.aimsAgreedOn(), i.aimsAgreedWith(), i.reportText(),
                    i.portfolioId() == null ? null : new Reference(i.portfolioId(), i.portfolioTitle()),
                    i.portfolioHolderId(),
                    i.directorateId() == null ? null : new Reference(i.directorateId(), i.directorateName()),
                    i.inPrivate(), i.exemptParagraph(), i.privateReason(), i.publicSummary(), i.minutes(),
                    i.resolutions(), i.reportId() == null ? null : ReportLink.of(i.reportId()), i.withheld(),
                    documents.stream().map(DocumentResource::of).toList(), i.version());
        }
    }

    /**
     * A document of an item. One the caller may read has its title, type, size, marking (when exempt or
     * confidential) and download address; one they may not is withheld, with only its classification and public
     * summary.
     */
    record DocumentResource(Long id, String title, String type, String size, Classification classification,
            @Schema(description = "e.g. Exempt information (Schedule 12A paragraph 3); absent when public")
            String marking, String url,
            @Schema(description = "the caller may not read it: only its public summary is given") boolean withheld,
            String publicSummary) {

        static DocumentResource of(ItemDocument d) {
            Document doc = d.document();
            if (!d.readable()) {
                return new DocumentResource(null, null, null, null, doc.classification(), null, null, true,
                        doc.publicSummary());
            }
            return new DocumentResource(doc.id().value(), doc.title(), doc.typeLabel(), doc.sizeLabel(),
                    doc.classification(), doc.marking(), doc.path(), false, doc.restricted() ? doc.publicSummary() : null);
        }
    }

    /** A scrutiny report in the recommendations tracker. */
    record ReportLink(long id, @Schema(description = "the report in this API") String api,
            @Schema(description = "the report's page") String page) {

        static ReportLink of(long id) {
            return new ReportLink(id, "/api/v1/reports/" + id, "/recommendations/reports/" + id);
        }
    }

    /** One line of the register of members. */
    record RegisterEntryResource(Reference person, Attendance attendance, Reference substituteFor) {

        static RegisterEntryResource of(RegisterEntry e) {
            return new RegisterEntryResource(new Reference(e.person().value(), e.name()), e.attendance(),
                    e.substituteFor() == null ? null : new Reference(e.substituteFor().value(), e.substituteForName()));
        }
    }

    /** An interest declared on an item. */
    record DeclarationResource(long id, long itemId, Integer itemNumber, Reference person, InterestKind kind,
            String nature, boolean leftRoom) {

        static DeclarationResource of(Declaration d, List<AgendaItem> items) {
            Integer number = items.stream().filter(i -> i.id().equals(d.itemId())).map(AgendaItem::number)
                    .findFirst().orElse(null);
            return new DeclarationResource(d.id(), d.itemId().value(), number,
                    new Reference(d.person().value(), d.name()), d.kind(), d.nature(), d.leftRoom());
        }
    }

    /** The recommendations the committee made on an item, recorded as a report in the tracker. */
    record RecommendationsMadeResource(long itemId, ReportLink report) {
    }

    // --- public ------------------------------------------------------------------------------------------------

    /** A meeting in the public list. */
    record PublicMeetingSummary(long id, Reference committee, LocalDate date, LocalTime startsAt, String place,
            MeetingStatus status, boolean partlyPrivate,
            @Schema(description = "when the agenda was published (absent until it is)") LocalDate agendaPublishedOn,
            String cancelledReason, LocalDate minutesPublishedOn, String page) {

        static PublicMeetingSummary of(Meeting m) {
            return new PublicMeetingSummary(m.id().value(), committeeOf(m), m.date(), m.startsAt(), m.place(),
                    m.status(), m.agendaPublic() && m.partlyPrivate(), m.agendaPublic() ? m.agendaPublishedOn() : null,
                    m.cancelledReason(), m.minutesPublishedOn(), "/public/meetings/" + m.id());
        }
    }

    /** A page of public meetings. */
    record PublicMeetingsPage(List<PublicMeetingSummary> items, int page, int size, long total, int pages) {
    }

    /**
     * A meeting as the public see it: the agenda once published (a private item with its title, paragraph and
     * public summary only), the minutes once published, the register once held and the declarations.
     */
    record PublicMeeting(long id, Reference committee, String title, LocalDate date, LocalTime startsAt,
            String place, String notes, MeetingStatus status,
            @Schema(description = "whether part of the meeting is taken in private") boolean partlyPrivate,
            LocalDate agendaPublishedOn, String cancelledReason, LocalDate heldOn, LocalDate minutesPublishedOn,
            @Schema(description = "the agenda; empty until it is published") List<PublicItem> items,
            @Schema(description = "the register of members, once the meeting is held")
            List<RegisterEntryResource> register, List<PublicDeclaration> declarations, PublicLinks links) {
    }

    /** Where the public read a meeting. */
    record PublicLinks(String page,
            @Schema(description = "the public agenda pack (PDF), once the agenda is published") String agendaPack,
            @Schema(description = "the committee's meetings as an iCalendar feed") String calendar) {
    }

    /**
     * An agenda item as published. A private item has only its number, title, paragraph and public summary (and
     * its portfolio and directorate): its purpose, aims, questions, report, reasoning and minutes are never sent.
     */
    record PublicItem(int number, String title, @Schema(description = "an open item's purpose") String purpose,
            @Schema(description = "taken in private, with the public excluded") boolean inPrivate,
            @Schema(description = "the Schedule 12A paragraph under which it is not for publication")
            Integer exemptParagraph,
            @Schema(description = "what the public are told about a private item") String publicSummary,
            @Schema(description = "an open item's aims and objectives") String aims,
            @Schema(description = "an open item's key lines of questioning") String linesOfQuestioning,
            @Schema(description = "an open item's covering report") String reportText,
            Reference portfolio, Reference directorate,
            @Schema(description = "an open item's minutes, once published") String minutes,
            @Schema(description = "an open item's resolutions, once the minutes are published") String resolutions,
            @Schema(description = "an open item's documents: public ones with their address, an exempt or "
                    + "confidential one as its public summary only") List<DocumentResource> documents) {

        static PublicItem of(AgendaItem i, List<ItemDocument> documents) {
            boolean open = !i.inPrivate();
            return new PublicItem(i.number(), i.title(), open ? i.purpose() : null, i.inPrivate(), open ? null : i.exemptParagraph(),
                    open ? null : i.publicSummary(), open ? i.aims() : null, open ? i.linesOfQuestioning() : null,
                    open ? i.reportText() : null,
                    i.portfolioId() == null ? null : new Reference(i.portfolioId(), i.portfolioTitle()),
                    i.directorateId() == null ? null : new Reference(i.directorateId(), i.directorateName()),
                    open ? i.minutes() : null, open ? i.resolutions() : null,
                    open ? documents.stream().map(DocumentResource::of).toList() : List.of());
        }
    }

    /** An interest declared at a meeting, as published. */
    record PublicDeclaration(int itemNumber, Reference person, InterestKind kind, String nature, boolean leftRoom) {
    }

    static Reference committeeOf(Meeting m) {
        return new Reference(m.committeeId().value(), m.committeeName());
    }
}
