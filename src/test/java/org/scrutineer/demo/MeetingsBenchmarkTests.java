package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meetings module's reads at a large council's size, measured at the facade, which is what the meetings pages and
 * a meeting's page call: {@code generate --scale 10} (60 committees, about 6,000 meetings and 60,000 agenda items
 * over ten years, with their registers and declarations, besides the recommendations) runs into a database of this
 * class's own, on top of the demo council, and after a warm-up each read is timed 100 times. Prints the median and
 * 95th percentile; the bound asserted is the one the tracker's pages meet, 100 ms, for the median (the pages add
 * rendering, measured over HTTP by {@code scripts/benchmark-meetings.sh}). Takes about a minute.
 */
// the second property only gives this class an application context, and so a database, of its own
@SpringBootTest(properties = {"scrutineer.demo-data=never", "scrutineer.benchmark=meetings"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsBenchmarkTests {

    private static final int SCALE = 10;
    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;
    private static final int PAGE_SIZE = 20;
    private static final double MEDIAN_BOUND_MS = 100;

    @Autowired
    ScaleGenerator generator;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    Actor officer;
    Actor councillor;
    List<MeetingId> sample;
    long busiestCommittee;

    @BeforeAll
    void generateScaleTen() {
        ScaleGenerator.Generated g = generator.generate(SCALE);
        System.out.printf("Generated scale %d: %d committees, %d meetings, %d agenda items, %d register entries, "
                + "%d declarations (and %d scrutiny reports) in %.1f s%n", SCALE, g.committees(), g.meetings(),
                g.agendaItems(), g.registerEntries(), g.declarations(), g.reports(), g.millis() / 1000.0);
        jdbc.sql("analyze").update();
        assertThat(jdbc.sql("select count(*) from meeting").query(Long.class).single()).isGreaterThan(5_400);
        assertThat(jdbc.sql("select count(*) from agenda_item").query(Long.class).single()).isGreaterThan(54_000);
        officer = Actor.of(accounts.principal("scrutiny.officer").orElseThrow().view());
        councillor = Actor.of(accounts.principal("councillor").orElseThrow().view());
        // held meetings with the longest agendas and declarations first, then any
        sample = new java.util.ArrayList<>(jdbc.sql("""
                select m.id from meeting m join agenda_item i on i.meeting_id = m.id
                where m.status = 'HELD' group by m.id order by count(*) desc, m.id limit 10""")
                .query(Long.class).list().stream().map(MeetingId::new).toList());
        jdbc.sql("select id from meeting order by md5(id::text) limit 40").query(Long.class).list()
                .forEach(id -> sample.add(new MeetingId(id)));
        busiestCommittee = jdbc.sql("select committee_id from meeting group by committee_id order by count(*) desc "
                + "limit 1").query(Long.class).single();
    }

    @Test
    void servesTheMeetingsListsAMeetingsAgendaAndTheFiguresInUnderOneHundredMilliseconds() {
        LocalDate today = meetings.today();
        LocalDate yearAgo = today.minusYears(1);
        Map<String, IntFunction<Object>> reads = new LinkedHashMap<>();
        reads.put("meetings(..), first page, newest first",
                i -> meetings.meetings(null, null, null, null, false, 1, PAGE_SIZE));
        reads.put("meetings(..), first page, upcoming",
                i -> meetings.meetings(null, null, null, null, true, 1, PAGE_SIZE));
        reads.put("meetings(..), page 100, newest first",
                i -> meetings.meetings(null, null, null, null, false, 100, PAGE_SIZE));
        reads.put("meetings(..), one committee, held",
                i -> meetings.meetings(busiestCommittee, MeetingStatus.HELD, null, null, false, 1, PAGE_SIZE));
        reads.put("items(..) as a scrutiny officer", i -> meetings.items(officer, pick(i)));
        reads.put("items(..) as a councillor (private withheld)", i -> meetings.items(councillor, pick(i)));
        reads.put("meeting + items + register + declarations", i -> {
            MeetingId id = pick(i);
            return List.of(meetings.meeting(id), meetings.items(councillor, id), meetings.register(id),
                    meetings.declarations(id));
        });
        reads.put("figures(..), every committee, ten years",
                i -> meetings.figures(null, LocalDate.of(ScaleGenerator.FIRST_YEAR, 1, 1), today));
        reads.put("figures(..), every committee, last year", i -> meetings.figures(null, yearAgo, today));
        reads.put("figures(..), one committee, last year",
                i -> meetings.figures(busiestCommittee, yearAgo, today));
        reads.put("agendasDue(..) (home page)", i -> meetings.agendasDue(today.plusDays(14)));

        System.out.printf("%-50s %10s %10s%n", "read (scale " + SCALE + ", " + MEASURED + " runs)", "median ms",
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
            System.out.printf("%-50s %10.1f %10.1f%n", name, figures[0], figures[1]);
        });
        assertThat(meetings.meetings(null, null, null, null, false, 1, PAGE_SIZE).items()).hasSize(PAGE_SIZE);
        assertThat(meetings.items(officer, sample.get(0))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(meetings.figures(null, LocalDate.of(ScaleGenerator.FIRST_YEAR, 1, 1), today).held())
                .isGreaterThan(5_000);
        results.forEach((name, figures) -> assertThat(figures[0]).as(name).isLessThan(MEDIAN_BOUND_MS));
    }

    private MeetingId pick(int i) {
        return sample.get(i % sample.size());
    }
}
