package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.Actor;
import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.inforequests.QuarterlyReport;
import org.scrutineer.inforequests.RequestEvent;
import org.scrutineer.inforequests.RequestState;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo council's information requests and standing quarterly reports, as DemoInformationRequests loads them. */
@ScrutineerIntegrationTest
class DemoInformationRequestsIntegrationTests {

    @Autowired
    InformationRequestManagement requests;

    /** The demo's requests by what was asked (other tests add their own, with other words). */
    private Map<String, InformationRequest> demo() {
        List<InformationRequest> all = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            var rows = requests.requests(Actor.SYSTEM, null, null, null, false, false, page, 200);
            all.addAll(rows.items());
            if (!rows.hasNext()) {
                break;
            }
        }
        return all.stream().filter(r -> r.why() != null && DEMO_WHYS.contains(r.why()))
                .collect(Collectors.toMap(InformationRequest::what, Function.identity(), (a, b) -> a));
    }

    private static final List<String> DEMO_WHYS = List.of(
            "To test the claim in the workforce report that agency use is falling.",
            "The review needs to see what the council plans before it recommends anything.",
            "Members have heard that exclusions are concentrated in a few schools.",
            "Parents told the review that breaks have been cut; the committee needs the figures.",
            "The annual report gives no figures for carers leaving.",
            "Parents have complained about journey times; the review wants to see what the contract requires.",
            "The transfer affects the number of school places in Northfield.",
            "To see which centres are used before the family hubs are set up.",
            "To understand how many youth workers the service has.",
            "The review is looking at which routes to protect.");

    @Test
    void hasARequestInEveryState() {
        Map<String, InformationRequest> demo = demo();
        assertThat(demo).hasSize(DEMO_WHYS.size());
        assertThat(demo.values()).extracting(InformationRequest::state).contains(RequestState.values());
    }

    @Test
    void hasOneProvidedOnTimeOneLateOneOverdueAndEscalatedAndRefusalsWithReasons() {
        LocalDate today = requests.today();
        var demo = demo().values();
        assertThat(demo).anyMatch(r -> r.state() == RequestState.PROVIDED && !r.answeredLate());
        assertThat(demo).anyMatch(r -> r.state() == RequestState.PROVIDED && r.answeredLate());
        assertThat(demo).filteredOn(r -> r.overdueOn(today)).singleElement().satisfies(r -> {
            assertThat(r.escalatedOn()).isNotNull();
            assertThat(r.escalatedToName()).isNotBlank();
            assertThat(requests.events(Actor.SYSTEM, r.id())).extracting(RequestEvent::kind).contains("Escalated");
        });
        assertThat(demo).filteredOn(r -> r.state() == RequestState.REFUSED || r.state() == RequestState.PARTLY_PROVIDED)
                .hasSize(2).allSatisfy(r -> {
                    assertThat(r.refusalGround()).isNotNull();
                    assertThat(r.refusalReasons()).isNotBlank();
                });
        assertThat(demo).filteredOn(r -> r.state() == RequestState.CLARIFICATION_SOUGHT).singleElement()
                .satisfies(r -> assertThat(requests.deadline(r).orElseThrow().state().name()).isEqualTo("STOPPED"));
        assertThat(demo).allSatisfy(r -> assertThat(requests.deadline(r).orElseThrow().ruleId())
                .isEqualTo("information-request-response"));
    }

    @Test
    void providesDocumentsOneOfThemExemptWithASummaryForThePublic() {
        InformationRequest fostering = demo().values().stream()
                .filter(r -> r.why().equals("The annual report gives no figures for carers leaving.")).findFirst()
                .orElseThrow();
        assertThat(requests.documents(fostering.id())).hasSize(2).satisfiesExactly(
                d -> assertThat(d.restricted()).isFalse(),
                d -> {
                    assertThat(d.marking()).isEqualTo("Exempt information (Schedule 12A paragraph 1)");
                    assertThat(d.committeeId()).isEqualTo(fostering.committeeId());
                    assertThat(d.publicSummary()).isNotBlank();
                });
        assertThat(requests.events(Actor.SYSTEM, fostering.id())).extracting(RequestEvent::kind)
                .containsExactly("Received", "Document provided", "Document provided", "Provided in full");
    }

    @Test
    void hasTwoStandingArrangementsWithOneQuarterlyReportMissing() {
        List<QuarterlyReport> quarters = requests.quarterlyReports(null).stream()
                .filter(q -> List.of(DemoInformationRequests.PERFORMANCE_REPORT, DemoInformationRequests.BUDGET_REPORT)
                        .contains(q.arrangement().title()))
                .toList();
        assertThat(quarters).extracting(q -> q.arrangement().title()).containsOnly(
                DemoInformationRequests.PERFORMANCE_REPORT, DemoInformationRequests.BUDGET_REPORT);
        assertThat(quarters).filteredOn(QuarterlyReport::missing).singleElement()
                .satisfies(q -> assertThat(q.arrangement().title()).isEqualTo(DemoInformationRequests.PERFORMANCE_REPORT));
        assertThat(quarters).anyMatch(QuarterlyReport::late);
    }
}
