package org.scrutineer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.documents.Classified;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.documents.DocumentsFixtures;
import org.scrutineer.documents.NewDocument;
import org.scrutineer.forwardplan.DecisionDetails;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionRecordDetails;
import org.scrutineer.forwardplan.ForwardPlanFixtures;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingsFixtures;
import org.scrutineer.meetings.RegisterLine;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.RecommendationDetails;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportDetails;
import org.scrutineer.recommendations.ReportId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Nothing secret leaks to the public. One marker is written into an exempt document, a confidential document, an
 * unpublished (draft and agreed but unpublished) scrutiny report, a private agenda item (aims, questions, report,
 * reasoning and minutes), a forward plan entry still being planned and the record of a decision not yet published;
 * then every public page, feed, export and public API endpoint is fetched as a visitor who
 * has not signed in, and none may contain the marker — PDFs are read as text. The list of endpoints is checked
 * against the application's own mappings, so a new public endpoint fails this test until it is added here.
 */
@ScrutineerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicDisclosureIntegrationTests {

    /** The URL prefixes the security configuration opens to visitors for GET. */
    private static final List<String> PUBLIC_PREFIXES = List.of("/public", "/api/v1/public", "/documents",
            "/api/v1/documents", "/api/v1/deadlines");

    private static final String MARKER = "LEAK" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    RecommendationManagement recommendations;

    @Autowired
    DocumentManagement documents;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    ForwardPlanManagement forwardPlan;

    @Autowired
    org.scrutineer.inforequests.InformationRequestManagement informationRequests;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private CommitteeId committee;
    private MeetingId meeting;
    private final List<Long> restrictedDocuments = new ArrayList<>();
    private final List<ReportId> unpublishedReports = new ArrayList<>();
    private DecisionId plannedDecision;
    private DecisionId unpublishedRecord;
    private org.scrutineer.inforequests.InformationRequestId answeredRequest;

    @BeforeAll
    void placeTheMarkerEverywhereItMustNotBeSeen() {
        LocalDate today = meetings.today();
        committee = MeetingsFixtures.scrutinyCommittee(directory);
        meeting = MeetingsFixtures.schedule(meetings, committee, today.minusDays(2));
        AgendaItemId open = meetings.addItem(Actor.SYSTEM, meeting, new AgendaItemDetails("Library opening hours",
                "To review opening hours", "Understand the use of libraries", "Who uses them?", null, null,
                "The public report.", null, null, false, null, null, null));
        MeetingsFixtures.privateItem(meetings, meeting, MARKER);
        for (String level : List.of("EXEMPT", "CONFIDENTIAL")) {
            Classified c = level.equals("EXEMPT")
                    ? new Classified(org.scrutineer.documents.Classification.EXEMPT, 3,
                            "Commercial terms " + MARKER, "A paper on the contract's costs")
                    : new Classified(org.scrutineer.documents.Classification.CONFIDENTIAL, null,
                            "Given in confidence " + MARKER, "A paper supplied in confidence");
            Document d = documents.upload(new NewDocument("agenda-item", open.toString(), committee.value(),
                    level + " paper " + MARKER, MARKER + ".pdf", c),
                    new ByteArrayInputStream(DocumentsFixtures.pdf(level + " text " + MARKER)));
            restrictedDocuments.add(d.id().value());
        }
        documents.upload(new NewDocument("agenda-item", open.toString(), committee.value(), "Opening hours survey",
                "survey.pdf", Classified.publicDocument()), new ByteArrayInputStream(DocumentsFixtures.pdf("Survey")));
        meetings.publishAgenda(Actor.SYSTEM, meeting, today.minusDays(10));
        List<RegisterLine> lines = meetings.membersOn(meetings.meeting(meeting)).stream()
                .map(m -> m.personId().value()).distinct().map(p -> new RegisterLine(p, Attendance.PRESENT, null))
                .toList();
        meetings.takeRegister(Actor.SYSTEM, meeting, lines);
        meetings.items(Actor.SYSTEM, meeting).stream().filter(i -> i.inPrivate()).forEach(i -> meetings
                .recordMinutes(Actor.SYSTEM, i.id(), i.version(), "Minutes " + MARKER, "Resolved " + MARKER));
        meetings.publishMinutes(Actor.SYSTEM, meeting, today);

        long portfolio = directory.portfolios(false).get(0).id();
        ReportId draft = recommendations.createReport(Actor.SYSTEM, new ReportDetails(committee.value(),
                "Draft report " + MARKER, "Summary " + MARKER, "Body " + MARKER, null, null, null));
        recommendations.addRecommendation(Actor.SYSTEM, draft, new RecommendationDetails("Recommend " + MARKER,
                Addressee.EXECUTIVE, null, null, portfolio, false, null));
        ReportId agreed = recommendations.createReport(Actor.SYSTEM, new ReportDetails(committee.value(),
                "Agreed report " + MARKER, "Summary " + MARKER, "Body " + MARKER, null, null, null));
        recommendations.addRecommendation(Actor.SYSTEM, agreed, new RecommendationDetails("Recommend " + MARKER,
                Addressee.EXECUTIVE, null, null, portfolio, false, null));
        recommendations.agree(Actor.SYSTEM, agreed, today, "Committee", Set.of());
        unpublishedReports.add(draft);
        unpublishedReports.add(agreed);

        DecisionDetails planned = ForwardPlanFixtures.keyDecision(directory, today.plusDays(20));
        plannedDecision = forwardPlan.plan(Actor.SYSTEM, new DecisionDetails("Planned decision " + MARKER,
                "Summary " + MARKER, planned.maker(), planned.makerId(), planned.portfolioId(), planned.leadMemberId(),
                planned.leadOfficerId(), planned.expectedOn(), true, planned.keyReasons(), planned.financialEffect(),
                planned.wardIds(), "Documents " + MARKER, "Consultation " + MARKER, false, null, null, null));
        unpublishedRecord = forwardPlan.plan(Actor.SYSTEM, ForwardPlanFixtures.keyDecision(directory,
                today.minusDays(1)));
        forwardPlan.publishNotice(Actor.SYSTEM, unpublishedRecord, today.minusDays(40));
        forwardPlan.recordDecision(Actor.SYSTEM, unpublishedRecord, forwardPlan.decision(Actor.SYSTEM,
                unpublishedRecord).version(), new DecisionRecordDetails(today.minusDays(1), "Decided " + MARKER,
                "Reasons " + MARKER, "Alternatives " + MARKER, "Conflicts " + MARKER, null, null));

        long member = meetings.membersOn(meetings.meeting(meeting)).get(0).personId().value();
        long officer = directory.findPeople(null, org.scrutineer.directory.PersonKind.OFFICER, true, 1, 1).items()
                .get(0).id().value();
        answeredRequest = informationRequests.create(Actor.SYSTEM, new org.scrutineer.inforequests.RequestDetails(
                committee.value(), member, org.scrutineer.inforequests.RequestedAs.MEMBER, null, "Library review",
                "Costs by branch", "To compare branches", null, officer, today.minusDays(3)));
        Document provided = documents.upload(new NewDocument("information-request", answeredRequest.toString(),
                committee.value(), "Branch costs " + MARKER, "costs.pdf", new Classified(
                        org.scrutineer.documents.Classification.EXEMPT, 3, "Supplier prices " + MARKER,
                        "Costs by branch, supplier prices withheld")),
                new ByteArrayInputStream(DocumentsFixtures.pdf("Costs " + MARKER)));
        restrictedDocuments.add(provided.id().value());
        informationRequests.respond(Actor.SYSTEM, answeredRequest,
                informationRequests.request(Actor.SYSTEM, answeredRequest).version(),
                new org.scrutineer.inforequests.ResponseDetails(org.scrutineer.inforequests.Outcome.PROVIDED,
                        "The costs are attached", null, null, today));
    }

    /** Concrete URLs for each public GET mapping (patterns with their variables' regular expressions removed). */
    private Map<String, List<String>> publicUrls() {
        String m = meeting.toString();
        String c = committee.toString();
        Map<String, List<String>> urls = new LinkedHashMap<>();
        urls.put("/public/when-is-this-due", List.of("/public/when-is-this-due"));
        urls.put("/public/committees", List.of("/public/committees"));
        urls.put("/public/committees/{id}", List.of("/public/committees/" + c));
        urls.put("/public/committees/{id}/meetings.ics", List.of("/public/committees/" + c + "/meetings.ics"));
        urls.put("/public/meetings", List.of("/public/meetings", "/public/meetings?when=past",
                "/public/meetings?when=past&committee=" + c));
        urls.put("/public/meetings/{id}", List.of("/public/meetings/" + m));
        urls.put("/public/meetings/{id}/agenda.pdf", List.of("/public/meetings/" + m + "/agenda.pdf"));
        urls.put("/public/meetings/calendar.ics", List.of("/public/meetings/calendar.ics",
                "/public/meetings/calendar.ics?committee=" + c));
        urls.put("/api/v1/public/meetings", List.of("/api/v1/public/meetings", "/api/v1/public/meetings?committee=" + c));
        urls.put("/api/v1/public/meetings/{id}", List.of("/api/v1/public/meetings/" + m));
        List<String> reportPages = new ArrayList<>();
        List<String> reportApi = new ArrayList<>();
        for (ReportId r : unpublishedReports) {
            reportPages.add("/public/recommendations/reports/" + r);
            reportApi.add("/api/v1/public/reports/" + r);
        }
        urls.put("/public/recommendations", List.of("/public/recommendations", "/public/recommendations?q=Draft"));
        urls.put("/public/recommendations/reports/{id}", reportPages);
        urls.put("/api/v1/public/reports", List.of("/api/v1/public/reports", "/api/v1/public/reports?committee=" + c));
        urls.put("/api/v1/public/reports/{id}", reportApi);
        List<String> downloads = new ArrayList<>();
        List<String> metadata = new ArrayList<>();
        List<String> content = new ArrayList<>();
        for (Long d : restrictedDocuments) {
            downloads.add("/documents/" + d);
            metadata.add("/api/v1/documents/" + d);
            content.add("/api/v1/documents/" + d + "/content");
        }
        urls.put("/documents/{id}", downloads);
        urls.put("/api/v1/documents/{id}", metadata);
        urls.put("/api/v1/documents/{id}/content", content);
        List<String> decisionPages = List.of("/public/forward-plan/" + plannedDecision,
                "/public/forward-plan/" + unpublishedRecord);
        String portfolio = Long.toString(directory.portfolios(false).get(0).id());
        // (the page echoes its search words, so it is searched for the planned entry's other words)
        urls.put("/public/forward-plan", List.of("/public/forward-plan", "/public/forward-plan?q=Planned+decision",
                "/public/forward-plan?month=" + meetings.today().plusDays(20).toString().substring(0, 7)
                        + "&portfolio=" + portfolio));
        urls.put("/public/forward-plan/{id}", decisionPages);
        urls.put("/public/forward-plan/calendar.ics", List.of("/public/forward-plan/calendar.ics",
                "/public/forward-plan/calendar.ics?portfolio=" + portfolio));
        urls.put("/api/v1/public/decisions", List.of("/api/v1/public/decisions", "/api/v1/public/decisions?q=" + MARKER,
                "/api/v1/public/decisions?state=PLANNED&from=2000-01-01", "/api/v1/public/decisions?state=DECIDED"));
        urls.put("/api/v1/public/decisions/{id}", decisionPages.stream().map(u -> u.replace("/public/forward-plan/",
                "/api/v1/public/decisions/")).toList());
        urls.put("/public/information-requests/{id}", List.of("/public/information-requests/" + answeredRequest));
        urls.put("/api/v1/public/information-requests/{id}",
                List.of("/api/v1/public/information-requests/" + answeredRequest));
        urls.put("/api/v1/deadlines", List.of("/api/v1/deadlines"));
        urls.put("/api/v1/deadlines/{ruleId}", List.of("/api/v1/deadlines/agenda-publication?trigger="
                + meetings.today()));
        return urls;
    }

    @Test
    void everyPublicGetEndpointIsCoveredByThisTest() {
        Set<String> discovered = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                String plain = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                if (PUBLIC_PREFIXES.stream().anyMatch(plain::startsWith)) {
                    discovered.add(plain);
                }
            }
        }
        assertThat(publicUrls().keySet()).as("public GET endpoints, each with URLs in publicUrls()")
                .containsExactlyInAnyOrderElementsOf(discovered);
    }

    @Test
    void noPublicPageFeedExportOrApiShowsExemptConfidentialOrUnpublishedMaterial() throws Exception {
        Map<String, Integer> fetched = new LinkedHashMap<>();
        List<String> urls = new ArrayList<>(List.of("/"));
        publicUrls().values().forEach(urls::addAll);
        for (String url : urls) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            fetched.put(url, response.getStatus());
            assertThat(response.getStatus()).as(url).isNotIn(401, 500);
            String text = textOf(response);
            assertThat(text).as(url + " (" + response.getStatus() + ")").doesNotContain(MARKER);
        }
        assertThat(fetched.get("/public/meetings/" + meeting)).isEqualTo(200);
        assertThat(fetched.get("/public/meetings/" + meeting + "/agenda.pdf")).isEqualTo(200);
        assertThat(fetched.get("/public/meetings/calendar.ics")).isEqualTo(200);
        restrictedDocuments.forEach(d -> assertThat(fetched.get("/documents/" + d)).isEqualTo(404));
        unpublishedReports.forEach(r -> assertThat(fetched.get("/public/recommendations/reports/" + r)).isEqualTo(404));
        assertThat(fetched.get("/public/forward-plan/" + plannedDecision)).isEqualTo(404);
        assertThat(fetched.get("/api/v1/public/decisions/" + plannedDecision)).isEqualTo(404);
        assertThat(fetched.get("/public/forward-plan/" + unpublishedRecord)).isEqualTo(200);
        assertThat(fetched.get("/public/forward-plan/calendar.ics")).isEqualTo(200);
        String page = mvc.perform(get("/public/meetings/" + meeting)).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the public see that something was withheld").contains("A paper on the contract")
                .contains("The committee considered a contract award.");
        assertThat(fetched.get("/public/forward-plan/" + plannedDecision)).isEqualTo(404);
        assertThat(fetched.get("/public/information-requests/" + answeredRequest)).isEqualTo(200);
        assertThat(mvc.perform(get("/public/information-requests/" + answeredRequest)).andReturn().getResponse()
                .getContentAsString()).contains("supplier prices withheld");
    }

    private static String textOf(MockHttpServletResponse response) throws Exception {
        byte[] body = response.getContentAsByteArray();
        String raw = new String(body, StandardCharsets.UTF_8);
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (type.startsWith("application/pdf") || raw.startsWith("%PDF-")) {
            try (var pdf = Loader.loadPDF(body)) {
                return raw + new PDFTextStripper().getText(pdf);
            }
        }
        return raw;
    }
}
