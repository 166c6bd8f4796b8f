package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.scrutineer.platform.TabularFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A timing check of the acceptance criterion, not a precise benchmark: a realistic 5,000-row XLSX tracker (715
 * reports of seven recommendations over ten municipal years, the demo council's committees, portfolios, cabinet
 * members and lead officers) goes through the pages as an officer would. A first version with three bad rows shows
 * its three errors and imports nothing; the clean version imports in under ten seconds; importing the same file
 * again creates and changes nothing and writes no audit entry. The times are printed.
 */
@ScrutineerIntegrationTest
class TrackerImportBenchmarkTests {

    static final int ROWS = 5_000;
    static final int PER_REPORT = 7;
    static final long LIMIT_MILLIS = 10_000;

    static final List<String> COMMITTEES = List.of("Children and Young People Overview and Scrutiny Committee",
            "Health and Adult Social Care Overview and Scrutiny Committee",
            "Place and Economy Overview and Scrutiny Committee", "Place & Economy O&S");
    static final List<String> TOPICS = List.of("home-to-school transport", "SEND provision", "children's centres",
            "adult day services", "hospital discharge", "public health funding", "bus services", "town centre "
                    + "regeneration", "housing repairs", "temporary accommodation", "waste collection", "air quality",
            "the local plan", "youth services", "library opening hours", "council tax support", "leisure centres",
            "street lighting", "flood defences", "carers' support");
    static final List<String> VERBS = List.of("review", "publish a plan for", "consult residents on",
            "report back to the committee on", "set targets for", "fund", "work with partners on",
            "commission an independent review of");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RecommendationImports imports;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    JdbcClient jdbc;

    /** The tracker: 5,000 rows, seven to a report, over the municipal years 2016/17 to 2025/26. */
    private List<List<Object>> tracker(String prefix) {
        Random random = new Random(20261123L);
        List<Portfolio> portfolios = directory.portfolios(false);
        List<List<Object>> rows = new ArrayList<>(ROWS);
        int reports = (ROWS + PER_REPORT - 1) / PER_REPORT;
        Map<Integer, Integer> sequences = new java.util.HashMap<>();
        for (int r = 0; r < reports; r++) {
            int year = 2016 + r * 10 / reports;
            int sequence = sequences.merge(year, 1, Integer::sum);
            String reference = String.format("%s(%02d/%02d)%02d", prefix, year % 100, (year + 1) % 100, sequence);
            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
            String title = "Review of " + topic + " " + (r + 1);
            String committee = COMMITTEES.get(random.nextInt(COMMITTEES.size()));
            LocalDate agreed = LocalDate.of(year, 5, 20).plusDays(random.nextInt(300));
            boolean responded = year < 2025 || random.nextBoolean();
            LocalDate due = agreed.plusDays(56);
            LocalDate given = due.plusDays(random.nextInt(30) - 14);
            for (int n = 1; n <= PER_REPORT && rows.size() < ROWS; n++) {
                Portfolio p = portfolios.get(random.nextInt(portfolios.size()));
                String text = "The executive should " + VERBS.get(random.nextInt(VERBS.size())) + " " + topic
                        + ", reporting progress to the committee within six months, so that residents can see what "
                        + "has changed (recommendation " + n + ").";
                if (!responded) {
                    rows.add(TrackerImportFixtures.row(reference, title, committee, agreed, n, text, p.title(), due));
                    continue;
                }
                int roll = random.nextInt(100);
                String decision = roll < 70 ? "Accepted" : roll < 85 ? "Partially Accepted" : roll < 95 ? "Rejected"
                        : "Deferred";
                String reasons = decision.equals("Accepted") ? null
                        : "The executive's reasons for its decision on recommendation " + n + " of " + reference;
                boolean action = decision.startsWith("Accepted") || decision.startsWith("Partially");
                LocalDate target = action ? given.plusMonths(6 + random.nextInt(12)) : null;
                String rag = !action ? null : year < 2022 ? (random.nextInt(10) < 8 ? "Completed" : "Not achieved")
                        : List.of("Green", "Amber", "Red", "Completed").get(random.nextInt(4));
                LocalDate updated = rag == null ? null : given.plusDays(30 + random.nextInt(300));
                rows.add(TrackerImportFixtures.row(reference, title, committee, agreed, n, text, p.title(), due,
                        given, decision, reasons, action ? "Officers will " + topic + " as recommended" : null,
                        p.holder() == null ? null : p.holder().name(),
                        p.leadOfficer() == null ? null : p.leadOfficer().name(), target, rag, updated));
            }
        }
        return rows;
    }

    private ImportId upload(byte[] file) throws Exception {
        String url = mvc.perform(multipart("/recommendations/import")
                        .file(new MockMultipartFile("file", "tracker.xlsx", "application/octet-stream", file))
                        .with(as(accounts, "scrutiny.officer")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        ImportId id = new ImportId(Long.parseLong(url.replaceAll("\\D+", " ").strip()));
        MockHttpServletRequestBuilder confirm = post("/recommendations/import/" + id + "/mapping")
                .with(as(accounts, "scrutiny.officer")).with(csrf());
        for (Map.Entry<ImportField, String> e : imports.uploaded(TrackerImportFixtures.scrutinyOfficer(accounts), id)
                .mapping().entrySet()) {
            confirm.param(e.getKey().name(), e.getValue());
        }
        mvc.perform(confirm).andExpect(redirectedUrl("/recommendations/import/" + id + "/preview"));
        return id;
    }

    private long previewMillis(ImportId id, String expected) throws Exception {
        long start = System.nanoTime();
        mvc.perform(get("/recommendations/import/" + id + "/preview").with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expected)));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long importMillis(ImportId id) throws Exception {
        long start = System.nanoTime();
        mvc.perform(post("/recommendations/import/" + id + "/import").with(as(accounts, "scrutiny.officer"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/recommendations/import/" + id));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long count(String sql, String prefix) {
        return jdbc.sql(sql).param("p", prefix + "(%").query(Long.class).single();
    }

    private long reports(String prefix) {
        return count("select count(*) from scrutiny_report where reference like :p", prefix);
    }

    private long recommendations(String prefix) {
        return count("""
                select count(*) from recommendation x join scrutiny_report r on r.id = x.report_id
                where r.reference like :p""", prefix);
    }

    private long auditEntries(String prefix) {
        return count("""
                select count(*) from audit_entry a where
                   (a.record_type = 'scrutiny-report' and a.record_id in (
                       select id::text from scrutiny_report where reference like :p))
                or (a.record_type = 'recommendation' and a.record_id in (
                       select x.id::text from recommendation x join scrutiny_report r on r.id = x.report_id
                       where r.reference like :p))""", prefix);
    }

    @Test
    void importsAFiveThousandRowTrackerInUnderTenSecondsAndCreatesNothingWhenImportedAgain() throws Exception {
        String prefix = TrackerImportFixtures.uniquePrefix();
        List<List<Object>> clean = tracker(prefix);
        assertThat(clean).hasSize(ROWS);
        List<List<Object>> bad = new ArrayList<>(clean);
        bad.set(100, with(clean.get(100), "Origin Committee", "Health Scrutiny"));
        bad.set(2000, with(clean.get(2000), "Date", "31/02/2024"));
        bad.set(4000, with(clean.get(4000), "Executive Response", "Noted"));
        byte[] badFile = TrackerImportFixtures.xlsx(bad);
        byte[] cleanFile = TrackerImportFixtures.xlsx(clean);
        Actor officer = TrackerImportFixtures.scrutinyOfficer(accounts);

        // the version with three bad rows: its errors, by row, and nothing saved
        ImportId first = upload(badFile);
        long badPreview = previewMillis(first, "Row 102: Committee &#39;Health Scrutiny&#39; is not in the directory");
        assertThat(imports.preview(officer, first).errors()).extracting(ImportProblem::text).containsExactly(
                "Row 102: Committee 'Health Scrutiny' is not in the directory",
                "Row 2002: Date agreed: '31/02/2024' is not a date: use a date such as 31/03/2025, 2025-03-31 or "
                        + "31 Mar 2025",
                "Row 4002: Decision: 'Noted' is not a decision Scrutineer knows: use accepted, partially accepted, "
                        + "rejected or deferred");
        mvc.perform(post("/recommendations/import/" + first + "/import").with(as(accounts, "scrutiny.officer"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 rows have errors")));
        assertThat(reports(prefix)).isZero();

        // the clean version: previewed, then imported in under ten seconds
        ImportId second = upload(cleanFile);
        long cleanPreview = previewMillis(second, "5,000 rows");
        long imported = importMillis(second);
        int reportCount = (ROWS + PER_REPORT - 1) / PER_REPORT;
        assertThat(reports(prefix)).isEqualTo(reportCount);
        assertThat(recommendations(prefix)).isEqualTo(ROWS);
        long audited = auditEntries(prefix);
        assertThat(audited).isEqualTo(reportCount + ROWS);
        assertThat(imports.uploaded(officer, second).result())
                .isEqualTo(new ImportResult(reportCount, 0, ROWS, 0, 0, 0));

        // the same file again: nothing new, nothing changed, no audit entry
        ImportId third = upload(cleanFile);
        long samePreview = previewMillis(third, "5,000 rows");
        long again = importMillis(third);
        assertThat(reports(prefix)).isEqualTo(reportCount);
        assertThat(recommendations(prefix)).isEqualTo(ROWS);
        assertThat(auditEntries(prefix)).isEqualTo(audited);
        assertThat(imports.uploaded(officer, third).result()).isEqualTo(new ImportResult(0, 0, 0, 0, ROWS, 0));

        // a later version in which every row's action has moved on: 5,000 changes, each in the audit history
        List<List<Object>> later = new ArrayList<>(clean.size());
        for (List<Object> row : clean) {
            Object action = row.get(TrackerImportFixtures.HEADERS.indexOf("Action taken"));
            later.add(with(row, "Action taken", (action == null ? "" : action + ". ") + "Reported to cabinet"));
        }
        ImportId fourth = upload(TrackerImportFixtures.xlsx(later));
        long laterPreview = previewMillis(fourth, "5,000 rows");
        long changed = importMillis(fourth);
        assertThat(imports.uploaded(officer, fourth).result()).isEqualTo(new ImportResult(0, 0, 0, ROWS, 0, 0));
        assertThat(recommendations(prefix)).isEqualTo(ROWS);
        assertThat(auditEntries(prefix)).isEqualTo(audited + ROWS);

        // and the whole tracker back out again, as a scrutiny officer exports it
        long start = System.nanoTime();
        byte[] csv = mvc.perform(get("/recommendations/export.csv").param("q", prefix + "(")
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long exported = (System.nanoTime() - start) / 1_000_000;
        assertThat(TabularFiles.read(csv, "export.csv").rows()).hasSize(ROWS);

        System.out.printf("tracker import, %,d rows (%,d bytes XLSX):%n", ROWS, cleanFile.length);
        System.out.printf("  preview with 3 bad rows:  %,6d ms%n", badPreview);
        System.out.printf("  preview, clean file:      %,6d ms%n", cleanPreview);
        System.out.printf("  import:                   %,6d ms (%,d reports, %,d recommendations, %,d audit entries)%n",
                imported, reportCount, ROWS, audited);
        System.out.printf("  preview, same file again: %,6d ms%n", samePreview);
        System.out.printf("  import, same file again:  %,6d ms (nothing created or changed)%n", again);
        System.out.printf("  preview, every row changed: %,6d ms%n", laterPreview);
        System.out.printf("  import, every row changed:  %,6d ms (%,d recommendations changed)%n", changed, ROWS);
        System.out.printf("  CSV export of the rows:   %,6d ms%n", exported);
        assertThat(imported).isLessThan(LIMIT_MILLIS);
        assertThat(again).isLessThan(LIMIT_MILLIS);
        assertThat(changed).isLessThan(LIMIT_MILLIS);
    }

    private static List<Object> with(List<Object> row, String column, Object value) {
        List<Object> copy = new ArrayList<>(row);
        copy.set(TrackerImportFixtures.HEADERS.indexOf(column), value);
        return copy;
    }
}
