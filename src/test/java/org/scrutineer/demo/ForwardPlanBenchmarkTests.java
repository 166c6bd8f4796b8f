package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The forward plan at a large council's size: {@code generate --scale 10} (about 4,000 executive decisions over ten
 * years besides 2,000 scrutiny reports) runs into a database of this class's own, on top of the demo council, and
 * after a warm-up each read is timed 100 times: the forward plan's first page at the facade (as the public, a
 * councillor and Democratic Services; this month onwards, the whole decade, by ward and by month), a decision, the
 * public and signed-in API's first page, the public page and the calendar feed (those four through MockMvc, so with
 * JSON, HTML or iCalendar writing but no network). Prints the median and 95th percentile; the bound asserted is 100 ms
 * for the median of the facade's and the JSON API's reads (the page and the feed are bounded at a second). Takes about
 * two minutes.
 */
// the second property only gives this class an application context, and so a database, of its own
@SpringBootTest(properties = {"scrutineer.demo-data=never", "scrutineer.benchmark=forwardplan"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardPlanBenchmarkTests {

    private static final int SCALE = 10;
    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;
    private static final double MEDIAN_BOUND_MS = 100;

    @Autowired
    ScaleGenerator generator;

    @Autowired
    ForwardPlanManagement forwardPlan;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Actor officer;
    Actor councillor;
    List<DecisionId> sample;
    long ward;

    @BeforeAll
    void generateScaleTen() {
        long started = System.currentTimeMillis();
        ScaleGenerator.Generated generated = generator.generate(SCALE);
        jdbc.sql("analyze").update();
        long decisions = jdbc.sql("select count(*) from executive_decision").query(Long.class).single();
        System.out.printf("Generated scale %d in %.1f s: %d executive decisions, %d call-ins (and %d scrutiny "
                + "reports)%n", SCALE, (System.currentTimeMillis() - started) / 1000.0, decisions,
                jdbc.sql("select count(*) from call_in").query(Long.class).single(), generated.reports());
        jdbc.sql("select state, count(*) from executive_decision group by state order by 2 desc")
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2)).list()
                .forEach(line -> System.out.println("  " + line));
        assertThat(decisions).isGreaterThanOrEqualTo(SCALE * GeneratedDecisions.DECISIONS_PER_UNIT);
        officer = Actor.of(accounts.principal("scrutiny.officer").orElseThrow().view());
        councillor = Actor.of(accounts.principal("councillor").orElseThrow().view());
        sample = jdbc.sql("select id from executive_decision where state <> 'PLANNED' order by md5(id::text) limit 50")
                .query(Long.class).list().stream().map(DecisionId::new).toList();
        ward = jdbc.sql("select id from ward order by id limit 1").query(Long.class).single();
    }

    @Test
    void servesTheForwardPlansFirstPageInUnderOneHundredMilliseconds() {
        LocalDate month = forwardPlan.today().withDayOfMonth(1);
        LocalDate decade = LocalDate.of(ScaleGenerator.FIRST_YEAR, 1, 1);
        Map<String, IntFunction<Object>> reads = new LinkedHashMap<>();
        reads.put("facade: this month on, as the public", i -> forwardPlan.forwardPlan(null, null, month, null, null,
                null, null, null, 1, 50));
        reads.put("facade: this month on, as a councillor", i -> forwardPlan.forwardPlan(councillor, null, month,
                null, null, null, null, null, 1, 50));
        reads.put("facade: this month on, as Democratic Services", i -> forwardPlan.forwardPlan(officer, null, month,
                null, null, null, null, null, 1, 50));
        reads.put("facade: the whole decade, as the public", i -> forwardPlan.forwardPlan(null, null, decade, null,
                null, null, null, null, 1, 50));
        reads.put("facade: the decade, one ward, key only", i -> forwardPlan.forwardPlan(null, null, decade, null,
                ward, true, null, null, 1, 50));
        reads.put("facade: one month five years ago", i -> forwardPlan.forwardPlan(null,
                java.time.YearMonth.from(month.minusYears(5)), null, null, null, null, null, null, 1, 50));
        reads.put("facade: a decision with its call-in", i -> List.of(forwardPlan.publicDecision(pick(i)),
                forwardPlan.callIn(pick(i))));
        reads.put("GET /api/v1/public/decisions", i -> http("/api/v1/public/decisions", null));
        reads.put("GET /api/v1/public/decisions?from=" + decade, i -> http("/api/v1/public/decisions?from=" + decade,
                null));
        reads.put("GET /api/v1/decisions (councillor)", i -> http("/api/v1/decisions", "councillor"));
        reads.put("GET /api/v1/public/decisions/{id}", i -> http("/api/v1/public/decisions/" + pick(i), null));
        reads.put("GET /public/forward-plan", i -> http("/public/forward-plan", null));
        reads.put("GET /public/forward-plan/{id}", i -> http("/public/forward-plan/" + pick(i), null));
        reads.put("GET /public/forward-plan/calendar.ics", i -> http("/public/forward-plan/calendar.ics", null));

        System.out.printf("%-52s %10s %10s%n", "read (scale " + SCALE + ", " + MEASURED + " runs)", "median ms",
                "p95 ms");
        Map<String, double[]> results = new LinkedHashMap<>();
        reads.forEach((name, read) -> {
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(read.apply(i)).isNotNull();
            }
            double[] ms = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                read.apply(i);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            double[] figures = {ms[MEASURED / 2], ms[(int) Math.ceil(MEASURED * 0.95) - 1]};
            results.put(name, figures);
            System.out.printf("%-52s %10.1f %10.1f%n", name, figures[0], figures[1]);
        });
        assertThat(forwardPlan.forwardPlan(null, null, decade, null, null, null, null, null, 1, 50).items())
                .hasSize(50);
        // the bound holds for the forward plan's reads at the facade and through the JSON API; the HTML page and the
        // calendar feed (which writes hundreds of events) are printed for the README, bounded only loosely
        results.forEach((name, figures) -> assertThat(figures[0]).as(name).isLessThan(
                name.startsWith("facade") || name.contains("/api/") ? MEDIAN_BOUND_MS : 10 * MEDIAN_BOUND_MS));
    }

    private DecisionId pick(int i) {
        return sample.get(i % sample.size());
    }

    /** A GET through MockMvc that must answer 200; the body, so that it is written in full. */
    private String http(String path, String user) {
        try {
            var request = get(path);
            if (user != null) {
                request = request.with(as(accounts, user));
            }
            MvcResult result = mvc.perform(request).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            return result.getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }
}
