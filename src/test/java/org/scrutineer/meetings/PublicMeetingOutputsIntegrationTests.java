package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.scrutineer.meetings.MeetingOutputsFixtures.childrenCommittee;
import static org.scrutineer.meetings.MeetingOutputsFixtures.hold;
import static org.scrutineer.meetings.MeetingOutputsFixtures.marker;
import static org.scrutineer.meetings.MeetingOutputsFixtures.openItem;
import static org.scrutineer.meetings.MeetingOutputsFixtures.privateItem;
import static org.scrutineer.meetings.MeetingOutputsFixtures.schedule;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.CommitteeDetails;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.documents.Classified;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.documents.DocumentsFixtures;
import org.scrutineer.documents.NewDocument;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the public and members see of a meeting with a private item whose aims, questions, report, reasoning and
 * minutes (and documents) carry a marker: the public page, the public API, the public agenda pack and the calendar
 * never hold it; the members' pack holds it, marked exempt, for a member of the committee and not for a councillor
 * who is not on it.
 */
@ScrutineerIntegrationTest
class PublicMeetingOutputsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DocumentManagement documents;

    String secret;
    long committee;
    MeetingId meeting;
    String openTitle;
    String privateTitle;
    String lastTitle;

    /** A held meeting three days ago: agenda published a week before, minutes published, a declaration made. */
    @BeforeEach
    void heldMeetingWithAPrivateItem() {
        secret = marker("SECRET");
        committee = childrenCommittee(directory).id().value();
        LocalDate today = meetings.today();
        meeting = schedule(meetings, committee, today.minusDays(3));
        openTitle = marker("Pack item: transport");
        privateTitle = marker("Pack item: children's homes contract");
        lastTitle = marker("Pack item: youth services");
        AgendaItemId open = openItem(meetings, meeting, openTitle);
        AgendaItemId exempt = privateItem(meetings, meeting, privateTitle, secret);
        openItem(meetings, meeting, lastTitle);
        meetings.publishAgenda(Actor.SYSTEM, meeting, today.minusDays(10));
        hold(meetings, meeting);
        meetings.recordMinutes(Actor.SYSTEM, open, meetings.item(Actor.SYSTEM, open).version(),
                "The committee heard from the head of service.", "To note the report.");
        meetings.recordMinutes(Actor.SYSTEM, exempt, meetings.item(Actor.SYSTEM, exempt).version(),
                "Minutes " + secret, "Resolutions " + secret);
        meetings.publishMinutes(Actor.SYSTEM, meeting, today);
        PersonId member = meetings.membersOn(meetings.meeting(meeting)).get(0).personId();
        meetings.declare(Actor.SYSTEM, exempt, member.value(), InterestKind.OTHER_REGISTRABLE,
                "Governor of a school that uses the service", false);
    }

    @Test
    void publicPageShowsThePrivateItemAsNotForPublicationAndNothingElseOfIt() throws Exception {
        mvc.perform(get("/public/meetings/" + meeting))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not for publication: Schedule 12A paragraph 3")))
                .andExpect(content().string(containsString("The committee will consider the commercial position")))
                .andExpect(content().string(containsString("The committee heard from the head of service.")))
                .andExpect(content().string(containsString("Governor of a school that uses the service")))
                .andExpect(content().string(containsString("/public/meetings/" + meeting + "/agenda.pdf")))
                .andExpect(content().string(containsString("/public/committees/" + committee + "/meetings.ics")))
                .andExpect(content().string(containsString("Present")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/public/meetings").param("committee", Long.toString(committee)).param("when", "past"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/public/meetings/" + meeting + "\"")))
                .andExpect(content().string(containsString("Agenda and minutes")));
    }

    @Test
    void publicApiSendsOnlyThePrivateItemsParagraphAndSummary() throws Exception {
        mvc.perform(get("/api/v1/public/meetings/" + meeting))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].title").value(privateTitle))
                .andExpect(jsonPath("$.items[1].inPrivate").value(true))
                .andExpect(jsonPath("$.items[1].exemptParagraph").value(3))
                .andExpect(jsonPath("$.items[1].publicSummary").value(
                        "The committee will consider the commercial position of a contract."))
                .andExpect(jsonPath("$.items[0].minutes").value("The committee heard from the head of service."))
                .andExpect(jsonPath("$.items[0].resolutions").value("To note the report."))
                .andExpect(jsonPath("$.declarations[0].itemNumber").value(2))
                .andExpect(jsonPath("$.register[0].attendance").value("PRESENT"))
                .andExpect(jsonPath("$.links.agendaPack").value("/public/meetings/" + meeting + "/agenda.pdf"))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/public/meetings").param("committee", Long.toString(committee))
                        .param("to", meetings.today().toString()).param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + meeting + ",")))
                .andExpect(content().string(not(containsString(secret))));
    }

    @Test
    void publicPackHoldsTheItemsInOrderWithoutExemptContent() throws Exception {
        byte[] pdf = mvc.perform(get("/public/meetings/" + meeting + "/agenda.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).doesNotContain(secret)
                    .contains("Not for publication: Schedule 12A paragraph 3")
                    .contains("The committee will consider the commercial position of a contract.")
                    .contains(meetings.meeting(meeting).place())
                    .contains("Public agenda pack")
                    .doesNotContain("EXEMPT —");
            // the agenda then the reports, each in agenda order
            assertInOrder(text, "Agenda", openTitle, privateTitle, lastTitle,
                    "Item 1: " + openTitle, "Item 2: " + privateTitle, "Item 3: " + lastTitle);
            assertAccessibleStructure(doc);
        }
    }

    @Test
    void publicPackIsNotFoundBeforeTheAgendaIsPublished() throws Exception {
        MeetingId unpublished = schedule(meetings, committee, meetings.today().plusDays(30));
        openItem(meetings, unpublished, marker("Unpublished item"));
        mvc.perform(get("/public/meetings/" + unpublished + "/agenda.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/public/meetings/" + unpublished))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not yet published")))
                .andExpect(content().string(not(containsString("Unpublished item"))));
        mvc.perform(get("/api/v1/public/meetings/" + unpublished))
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.links.agendaPack").doesNotExist());
    }

    @Test
    void membersPackHoldsExemptContentMarkedForAMemberOfTheCommitteeOnly() throws Exception {
        String memberName = accounts.principal("scrutiny.member").orElseThrow().view().displayName();
        try (PDDocument doc = Loader.loadPDF(membersPack("scrutiny.member"))) {
            String text = text(doc);
            assertThat(text).contains("Aims " + secret, "Questions " + secret, "Report " + secret, "Reason " + secret)
                    .contains("EXEMPT — Schedule 12A paragraph 3 — not for publication")
                    .contains("supplied to " + memberName);
            assertInOrder(text, "Item 1: " + openTitle, "Item 2: " + privateTitle, "Item 3: " + lastTitle);
            // every page of the exempt item carries the marking in its header; the other pages do not
            PDFTextStripper stripper = new PDFTextStripper();
            int exemptFrom = 0;
            int exemptTo = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String page = page(stripper, doc, p);
                exemptFrom = page.contains("Item 2: " + privateTitle) ? p : exemptFrom;
                exemptTo = page.contains("Item 3: " + lastTitle) ? p : exemptTo;
            }
            assertThat(exemptFrom).isPositive().isLessThan(exemptTo);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertThat(page(stripper, doc, p).contains("EXEMPT — Schedule 12A paragraph 3 — not for publication — "
                        + "supplied to " + memberName)).as("page %d marked exempt", p)
                        .isEqualTo(p >= exemptFrom && p < exemptTo);
            }
            assertAccessibleStructure(doc);
        }
        try (PDDocument doc = Loader.loadPDF(membersPack("councillor"))) {
            String text = text(doc);
            assertThat(text).doesNotContain(secret).doesNotContain("EXEMPT —")
                    .contains("Not for publication: Schedule 12A paragraph 3")
                    .contains("Item 2: " + privateTitle);
        }
        mvc.perform(get("/meetings/" + meeting + "/agenda.pdf")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void itemDocumentsFollowTheReportsPublicOnesForThePublicRestrictedOnesForThoseEntitled() throws Exception {
        long childrenId = committee;
        MeetingId withDocuments = schedule(meetings, childrenId, meetings.today().plusDays(20));
        String open = marker("Pack documents: SEND transport");
        AgendaItemId openId = openItem(meetings, withDocuments, open);
        AgendaItemId privateId = privateItem(meetings, withDocuments, marker("Pack documents: contract"), secret);
        String publicTitle = marker("Appendix A: route costs");
        Document publicPdf = upload(openId, publicTitle, "appendix-a.pdf", taggedPdf("PUBLIC APPENDIX TEXT"),
                Classified.publicDocument());
        upload(openId, "Exempt appendix " + secret, "appendix-b.pdf",
                DocumentsFixtures.pdf("EXEMPT APPENDIX TEXT " + secret),
                Classified.exempt(3, "Commercial terms", "Costs of the transport contract"));
        String notesTitle = marker("Briefing notes");
        upload(openId, notesTitle, "notes.txt", "Notes".getBytes(StandardCharsets.UTF_8), Classified.publicDocument());
        upload(privateId, "Private item appendix " + secret, "appendix-c.pdf",
                DocumentsFixtures.pdf("PRIVATE ITEM APPENDIX " + secret), Classified.publicDocument());
        meetings.publishAgenda(Actor.SYSTEM, withDocuments, meetings.today());

        // the public pack: the public PDF appended (tagged, so the pack stays PDF/UA), the text file listed, the
        // exempt one as its summary, nothing of the private item's documents
        byte[] publicPack = mvc.perform(get("/public/meetings/" + withDocuments + "/agenda.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(publicPack)) {
            String text = text(doc);
            assertThat(text).doesNotContain(secret).doesNotContain("PRIVATE ITEM APPENDIX")
                    .contains("Exempt document withheld: Costs of the transport contract")
                    .contains(notesTitle).contains("not included in this pack");
            assertInOrder(text, "Item 1: " + open, publicTitle, "Item 2: ", "PUBLIC APPENDIX TEXT");
            assertThat(outline(doc)).contains("Item 1 document: " + publicTitle);
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>");
        }

        // a member of the committee: the exempt PDF appended, stamped with their name; the pack no longer claims
        // PDF/UA, since the stamp and that document are not tagged
        String memberName = accounts.principal("scrutiny.member").orElseThrow().view().displayName();
        try (PDDocument doc = Loader.loadPDF(membersPack(withDocuments, "scrutiny.member"))) {
            String text = text(doc);
            assertThat(text).contains("EXEMPT APPENDIX TEXT " + secret, "PRIVATE ITEM APPENDIX " + secret,
                    "PUBLIC APPENDIX TEXT", "supplied to " + memberName);
            assertThat(outline(doc)).contains("Item 1 document: Exempt appendix " + secret);
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isFalse();
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .doesNotContain("pdfuaid:part>");
        }
        // a councillor not on the committee: the public documents only
        try (PDDocument doc = Loader.loadPDF(membersPack(withDocuments, "councillor"))) {
            assertThat(text(doc)).doesNotContain(secret).contains("PUBLIC APPENDIX TEXT")
                    .contains("Exempt document withheld: Costs of the transport contract");
        }

        // the public page and API: the public documents with their address, the exempt one as its summary
        mvc.perform(get("/public/meetings/" + withDocuments))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + publicPdf.path() + "\"")))
                .andExpect(content().string(containsString("Exempt document withheld: Costs of the transport contract")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/public/meetings/" + withDocuments))
                .andExpect(jsonPath("$.items[0].documents[0].url").value(publicPdf.path()))
                .andExpect(jsonPath("$.items[0].documents[1].withheld").value(true))
                .andExpect(jsonPath("$.items[0].documents[1].publicSummary").value("Costs of the transport contract"))
                .andExpect(jsonPath("$.items[1].documents").isEmpty())
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/meetings/" + withDocuments).with(as(accounts, "scrutiny.member")))
                .andExpect(jsonPath("$.items[0].documents[1].title").value("Exempt appendix " + secret))
                .andExpect(jsonPath("$.items[0].documents[1].marking").value(
                        "Exempt information (Schedule 12A paragraph 3)"))
                .andExpect(jsonPath("$.items[1].documents[0].title").value("Private item appendix " + secret));
        mvc.perform(get("/api/v1/meetings/" + withDocuments).with(as(accounts, "councillor")))
                .andExpect(jsonPath("$.items[0].documents[1].withheld").value(true))
                .andExpect(jsonPath("$.items[1].documents").isEmpty())
                .andExpect(content().string(not(containsString(secret))));
    }

    @Test
    void calendarsHoldOneEventPerMeetingFromAYearAgoWithStableUidsAndCancellations() throws Exception {
        // a task-and-finish group of its own (so no other test's meetings are in its feed, and no other test's
        // choice of "the first scrutiny committee" changes)
        CommitteeId own = directory.addCommittee(new CommitteeDetails(marker("Calendar Test Group"),
                CommitteeKind.TASK_AND_FINISH, committee, "For the calendar test.", null, null));
        LocalDate today = meetings.today();
        MeetingId past = schedule(meetings, own.value(), today.minusDays(30));
        // a past meeting is public once its agenda was published (one never published is left out)
        meetings.addItem(Actor.SYSTEM, past, new AgendaItemDetails("Calendar item", null, null, null, null, null, null,
                null, null, false, null, null, null));
        meetings.publishAgenda(Actor.SYSTEM, past, today.minusDays(40));
        MeetingId neverPublished = schedule(meetings, own.value(), today.minusDays(20));
        MeetingId next = schedule(meetings, own.value(), today.plusDays(10));
        MeetingId cancelled = schedule(meetings, own.value(), today.plusDays(40));
        meetings.cancel(Actor.SYSTEM, cancelled, "Not quorate");
        MeetingId tooOld = schedule(meetings, own.value(), today.minusDays(400));

        String feed = mvc.perform(get("/public/committees/" + own + "/meetings.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = parse(feed);
        calendar.validate();
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(3);
        assertThat(feed).doesNotContain(uid(neverPublished));
        assertThat(events.stream().map(e -> e.getUid().orElseThrow().getValue()).collect(Collectors.toSet()))
                .isEqualTo(Set.of(uid(past), uid(next), uid(cancelled)));
        VEvent cancelledEvent = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals(uid(cancelled)))
                .findFirst().orElseThrow();
        assertThat(cancelledEvent.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        VEvent nextEvent = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals(uid(next)))
                .findFirst().orElseThrow();
        assertThat(nextEvent.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(nextEvent.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo(meetings.meeting(next).place());
        assertThat(nextEvent.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/public/meetings/" + next);
        assertThat(nextEvent.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow()
                .getValue()).isEqualTo("Europe/London");
        assertThat(nextEvent.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(today.plusDays(10).toString().replace("-", "") + "T183000");
        assertThat(nextEvent.getProperty(Property.DTEND).orElseThrow().getValue())
                .isEqualTo(today.plusDays(10).toString().replace("-", "") + "T203000");
        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getTimeZoneId().getValue()).isEqualTo("Europe/London");
        assertThat(feed).doesNotContain(uid(tooOld));

        // the same UIDs in the feed of every committee, and by the query parameter
        String all = mvc.perform(get("/public/meetings/calendar.ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Calendar allCalendar = parse(all);
        allCalendar.validate();
        Set<String> allUids = allCalendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .map(e -> e.getUid().orElseThrow().getValue()).collect(Collectors.toSet());
        assertThat(allUids).contains(uid(past), uid(next), uid(cancelled), uid(meeting)).doesNotContain(uid(tooOld));
        assertThat(allCalendar.<VEvent>getComponents(VEvent.VEVENT)).hasSize(allUids.size());
        assertThat(all).doesNotContain(secret);
        String byParameter = mvc.perform(get("/public/meetings/calendar.ics").param("committee", own.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(parse(byParameter).<VEvent>getComponents(VEvent.VEVENT)).hasSize(3);
        mvc.perform(get("/public/committees/999999999/meetings.ics")).andExpect(status().isNotFound());
    }

    private byte[] membersPack(String user) throws Exception {
        return membersPack(meeting, user);
    }

    private byte[] membersPack(MeetingId id, String user) throws Exception {
        return mvc.perform(get("/meetings/" + id + "/agenda.pdf").with(as(accounts, user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private Document upload(AgendaItemId item, String title, String fileName, byte[] content, Classified classified) {
        return documents.upload(new NewDocument(MeetingManagement.AGENDA_ITEM, item.toString(), committee, title,
                fileName, classified), new ByteArrayInputStream(content));
    }

    /** A PDF/UA document (tagged, fonts embedded), as openhtmltopdf writes one. */
    private static byte[] taggedPdf(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> PublicMeetingOutputsIntegrationTests.class.getResourceAsStream("/fonts/DejaVuSans.ttf"),
                "DejaVu Sans");
        builder.withHtmlContent("<html lang=\"en-GB\"><head><title>Appendix</title></head>"
                + "<body style=\"font-family: 'DejaVu Sans'\"><h1>" + text + "</h1></body></html>", null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    private static List<String> outline(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        doc.getDocumentCatalog().getDocumentOutline().children().forEach(b -> titles.add(b.getTitle()));
        return titles;
    }

    private static String uid(MeetingId id) {
        return "meeting-" + id + "@localhost";
    }

    private static Calendar parse(String feed) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(feed));
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    private static String page(PDFTextStripper stripper, PDDocument doc, int page) throws IOException {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("'%s' after position %d in:%n%s", part, from, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }

    /**
     * Title (shown by viewers) and language set, tagged with a structure tree, identified as PDF/UA-1, a bookmark
     * per section and item, every font embedded (as PDF/UA asks).
     */
    private static void assertAccessibleStructure(PDDocument doc) throws IOException {
        assertThat(doc.getDocumentInformation().getTitle()).startsWith("Agenda: ");
        assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
        assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                .contains("<pdfuaid:part>1</pdfuaid:part>");
        assertThat(outline(doc)).startsWith("Meeting details", "Agenda").hasSize(2 + 3)
                .allMatch(b -> !b.startsWith("Item") || b.matches("Item [123]: .*"));
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
            }
        }
    }
}
