package org.scrutineer.recommendations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.recommendations.ImportField;
import org.scrutineer.recommendations.ImportId;
import org.scrutineer.recommendations.ImportResult;
import org.scrutineer.recommendations.ImportStatus;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.TrackerImport;
import org.scrutineer.recommendations.internal.ImportedRows.Existing;
import org.scrutineer.recommendations.internal.ImportedRows.Lookups;
import org.scrutineer.recommendations.internal.ImportedRows.Named;
import org.scrutineer.recommendations.internal.ImportedRows.PlannedRecommendation;
import org.scrutineer.recommendations.internal.ImportedRows.PlannedReport;
import org.scrutineer.recommendations.internal.ImportedRows.PortfolioEntry;
import org.scrutineer.recommendations.internal.ImportedRows.RecommendationValues;
import org.scrutineer.recommendations.internal.ImportedRows.ReportValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recommendation_import table (uploaded trackers and their column mappings), and the batch reads and writes an
 * import makes: the directory's names in three queries, what earlier imports created in two, and the reports and
 * recommendations created or changed in one statement each (rows passed as arrays and unnested), so that a
 * 5,000-row tracker takes a handful of round trips rather than thousands.
 */
@Repository
public class TrackerImports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
    };
    /** Serialises imports, so two officers importing overlapping trackers cannot create the same report twice. */
    private static final String IMPORT_LOCK = "recommendation_import";

    private static final String COLUMNS = """
            id, file_name, sha256, octet_length(content) as size, headers, row_count, uploaded_by, uploaded_at,
            mapping::text as mapping, status, skipped_errors, reports_created, reports_updated,
            recommendations_created, recommendations_updated, rows_unchanged, rows_skipped, imported_by, imported_at
            """;

    private final JdbcClient jdbc;

    TrackerImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- the uploaded files -----------------------------------------------------------------------------------------

    public ImportId insert(String fileName, byte[] content, String sha256, List<String> headers, int rowCount,
            String uploadedBy, Long uploadedById, Map<ImportField, String> mapping) {
        long id = jdbc.sql("""
                insert into recommendation_import (file_name, content, sha256, headers, row_count, uploaded_by,
                    uploaded_by_id, mapping, status)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), 'UPLOADED') returning id""")
                .params(fileName, content, sha256, headers.toArray(String[]::new), rowCount, uploadedBy, uploadedById,
                        json(mapping))
                .query(Long.class).single();
        return new ImportId(id);
    }

    public Optional<TrackerImport> find(ImportId id) {
        return jdbc.sql("select " + COLUMNS + " from recommendation_import where id = ?").param(id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    public byte[] content(ImportId id) {
        return jdbc.sql("select content from recommendation_import where id = ?").param(id.value())
                .query(byte[].class).single();
    }

    /** The newest uploads, newest first. */
    public List<TrackerImport> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from recommendation_import order by uploaded_at desc, id desc limit ?")
                .param(limit).query((rs, n) -> map(rs)).list();
    }

    /** Earlier uploads of the same file (by its SHA-256), newest first. */
    public List<TrackerImport> sameFile(String sha256, ImportId except) {
        return jdbc.sql("select " + COLUMNS + """
                 from recommendation_import where sha256 = ? and id <> ? order by uploaded_at desc, id desc""")
                .params(sha256, except.value()).query((rs, n) -> map(rs)).list();
    }

    /** The mapping last saved for a file with exactly these columns, to offer again. */
    public Optional<Map<ImportField, String>> lastMappingFor(List<String> headers) {
        return jdbc.sql("""
                select mapping::text from recommendation_import
                where headers = cast(? as text[]) and status <> 'UPLOADED' order by uploaded_at desc, id desc limit 1""")
                .param(headers.toArray(String[]::new)).query(String.class).optional().map(TrackerImports::mapping);
    }

    public void saveMapping(ImportId id, Map<ImportField, String> mapping) {
        jdbc.sql("""
                update recommendation_import set mapping = cast(? as jsonb), status = 'MAPPED', version = version + 1
                where id = ? and status <> 'IMPORTED'""")
                .params(json(mapping), id.value()).update();
    }

    /** Records what the import did; false when it had already been imported. */
    public boolean markImported(ImportId id, ImportResult result, boolean skippedErrors, String by) {
        return jdbc.sql("""
                update recommendation_import set status = 'IMPORTED', skipped_errors = ?, reports_created = ?,
                    reports_updated = ?, recommendations_created = ?, recommendations_updated = ?, rows_unchanged = ?,
                    rows_skipped = ?, imported_by = ?, imported_at = now(), version = version + 1
                where id = ? and status <> 'IMPORTED'""")
                .params(skippedErrors, result.reportsCreated(), result.reportsUpdated(),
                        result.recommendationsCreated(), result.recommendationsUpdated(), result.rowsUnchanged(),
                        result.rowsSkipped(), by, id.value())
                .update() == 1;
    }

    /** Takes the import lock until the transaction ends. */
    public void lockImports() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(IMPORT_LOCK).query((rs, n) -> 1).list();
    }

    /** Takes the report numbering lock of each year (as creating a report does) until the transaction ends. */
    public void lockYears(Collection<Integer> years) {
        years.stream().distinct().sorted().forEach(year -> jdbc.sql(
                "select pg_advisory_xact_lock(hashtext('scrutiny_report_sequence'), ?)").param(year)
                .query((rs, n) -> 1).list());
    }

    // --- what the rows are matched against --------------------------------------------------------------------------

    /** The directory's committees, portfolios and people, keyed as the import matches names. */
    public Lookups lookups(int yearStartMonth, String referencePrefix) {
        Map<String, List<Named>> committees = new HashMap<>();
        jdbc.sql("select id, name from committee where kind in ('OVERVIEW_AND_SCRUTINY', 'TASK_AND_FINISH')")
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2))).list()
                .forEach(c -> add(committees, ImportValues.committeeName(c.name()), c));
        List<PortfolioEntry> portfolios = jdbc.sql("select id, title, holder_id from portfolio order by active desc, id")
                .query((rs, n) -> new PortfolioEntry(rs.getLong(1), rs.getString(2), Rows.id(rs, "holder_id"))).list();
        Map<String, List<Named>> councillors = new HashMap<>();
        Map<String, List<Named>> officers = new HashMap<>();
        jdbc.sql("""
                select id, kind, full_name, given_name, family_name from person
                where kind in ('COUNCILLOR', 'OFFICER') order by active desc, id""")
                .query(rs -> {
                    Map<String, List<Named>> target = "COUNCILLOR".equals(rs.getString("kind")) ? councillors : officers;
                    Named p = new Named(rs.getLong("id"), rs.getString("full_name"));
                    add(target, ImportValues.personName(p.name()), p);
                    add(target, ImportValues.personName(rs.getString("given_name") + " " + rs.getString("family_name")),
                            p);
                });
        return new Lookups(committees, portfolios, councillors, officers, yearStartMonth, referencePrefix);
    }

    private static void add(Map<String, List<Named>> map, String key, Named value) {
        List<Named> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.stream().noneMatch(n -> n.id() == value.id())) {
            list.add(value);
        }
    }

    /** The reports with these references (ignoring case), their recommendations, and the numbers taken in the years. */
    public Existing existing(Collection<String> references, Collection<Integer> years) {
        String[] lower = references.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).distinct()
                .toArray(String[]::new);
        Map<String, ScrutinyReport> reports = new HashMap<>();
        jdbc.sql(Reports.SELECT + " where lower(r.reference) = any(?)").param(lower)
                .query((rs, n) -> Reports.map(rs)).list()
                .forEach(r -> reports.put(r.reference().toLowerCase(Locale.ROOT), r));
        Map<Long, Map<Integer, Recommendation>> recs = new HashMap<>();
        if (!reports.isEmpty()) {
            Long[] ids = reports.values().stream().map(r -> r.id().value()).toArray(Long[]::new);
            jdbc.sql(Recommendations.SELECT + " where x.report_id = any(?)").param(ids)
                    .query((rs, n) -> Recommendations.map(rs)).list()
                    .forEach(x -> recs.computeIfAbsent(x.reportId().value(), k -> new HashMap<>()).put(x.number(), x));
        }
        Map<String, Long> sequences = new HashMap<>();
        jdbc.sql("select municipal_year, sequence, id from scrutiny_report where sequence is not null "
                + "and municipal_year = any(?)")
                .param(years.stream().distinct().toArray(Integer[]::new))
                .query(rs -> {
                    sequences.put(rs.getInt(1) + ":" + rs.getInt(2), rs.getLong(3));
                });
        return new Existing(reports, recs, sequences);
    }

    // --- writing ----------------------------------------------------------------------------------------------------

    /** Creates the reports (as imported, agreed or responded, with no tracked deadline); answers their new ids. */
    public List<Long> insertReports(List<PlannedReport> created) {
        if (created.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ids("scrutiny_report_id_seq", created.size());
        int n = created.size();
        String[] reference = new String[n];
        Integer[] year = new Integer[n];
        Integer[] sequence = new Integer[n];
        String[] title = new String[n];
        Long[] committee = new Long[n];
        ReportColumns c = new ReportColumns(n);
        for (int i = 0; i < n; i++) {
            PlannedReport r = created.get(i);
            reference[i] = r.reference();
            year[i] = r.values().municipalYear();
            sequence[i] = r.sequence();
            title[i] = r.values().title();
            committee[i] = r.values().committeeId();
            c.set(i, r.values());
        }
        jdbc.sql("""
                insert into scrutiny_report (id, reference, municipal_year, sequence, committee_id, title, state,
                    agreed_on, notice_served_on, response_due, response_state, response_given_on, response_days_late,
                    imported)
                select u.id, u.reference, u.year, u.sequence, u.committee, u.title, u.state, u.agreed::date,
                    u.notice::date, u.due::date, u.response_state, u.given::date, u.late, true
                from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as int[]), cast(? as int[]),
                    cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as int[]))
                    as u(id, reference, year, sequence, committee, title, state, agreed, notice, due, response_state,
                         given, late)""")
                .params(ids.toArray(Long[]::new), reference, year, sequence, committee, title, c.state, c.agreed,
                        c.notice, c.due, c.responseState, c.given, c.late)
                .update();
        return ids;
    }

    /** Changes imported reports to what the file says (a report moved to another municipal year loses its number). */
    public void updateReports(List<PlannedReport> changed) {
        if (changed.isEmpty()) {
            return;
        }
        int n = changed.size();
        Long[] id = new Long[n];
        Integer[] year = new Integer[n];
        String[] title = new String[n];
        Long[] committee = new Long[n];
        ReportColumns c = new ReportColumns(n);
        for (int i = 0; i < n; i++) {
            PlannedReport r = changed.get(i);
            id[i] = r.existing().id().value();
            year[i] = r.values().municipalYear();
            title[i] = r.values().title();
            committee[i] = r.values().committeeId();
            c.set(i, r.values());
        }
        jdbc.sql("""
                update scrutiny_report r set committee_id = u.committee, title = u.title,
                    sequence = case when r.municipal_year = u.year then r.sequence end, municipal_year = u.year,
                    state = u.state, agreed_on = u.agreed::date, notice_served_on = u.notice::date,
                    response_due = u.due::date, response_state = u.response_state, response_given_on = u.given::date,
                    response_days_late = u.late, updated_at = now(), version = r.version + 1
                from unnest(cast(? as bigint[]), cast(? as int[]), cast(? as bigint[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as int[]))
                    as u(id, year, committee, title, state, agreed, notice, due, response_state, given, late)
                where r.id = u.id""")
                .params(id, year, committee, title, c.state, c.agreed, c.notice, c.due, c.responseState, c.given,
                        c.late)
                .update();
    }

    /** The state columns of reports, as arrays for unnest. */
    private static final class ReportColumns {
        final String[] state;
        final String[] agreed;
        final String[] notice;
        final String[] due;
        final String[] responseState;
        final String[] given;
        final Integer[] late;

        ReportColumns(int n) {
            state = new String[n];
            agreed = new String[n];
            notice = new String[n];
            due = new String[n];
            responseState = new String[n];
            given = new String[n];
            late = new Integer[n];
        }

        void set(int i, ReportValues v) {
            boolean responded = v.state() == ReportState.RESPONDED;
            state[i] = v.state().name();
            agreed[i] = text(v.agreedOn());
            // notice is not recorded in a spreadsheet tracker; a responded report had it served when it was agreed
            notice[i] = responded ? text(v.agreedOn()) : null;
            due[i] = text(v.responseDue());
            responseState[i] = responded ? "APPROVED" : null;
            given[i] = text(v.responseGivenOn());
            late[i] = responded && v.responseDue() != null && v.responseGivenOn() != null
                    ? RecommendationRules.daysLate(v.responseDue(), v.responseGivenOn()) : null;
        }
    }

    /** Creates the recommendations; answers their new ids in the same order. */
    public List<Long> insertRecommendations(List<Long> reportIds, List<PlannedRecommendation> created) {
        if (created.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ids("recommendation_id_seq", created.size());
        RecommendationColumns c = new RecommendationColumns(created.size());
        Integer[] number = new Integer[created.size()];
        for (int i = 0; i < created.size(); i++) {
            c.set(i, ids.get(i), created.get(i).values());
            number[i] = created.get(i).number();
        }
        jdbc.sql("""
                insert into recommendation (id, report_id, number, text, addressed_to, addressee_id, portfolio_id,
                    decision, reasons, proposed_action, cabinet_member_id, lead_officer_id, target_date, stage, progress,
                    current_target, last_update_on, signed_off_on, impact_note)
                select u.id, u.report, u.number, u.text, u.addressed_to, u.addressee, u.portfolio, u.decision,
                    u.reasons, u.action, u.member, u.officer, u.target::date, u.stage, u.progress, u.current::date,
                    u.updated::date, u.signed::date, u.impact
                from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as int[]), cast(? as text[]),
                    cast(? as text[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
                    as u(id, report, number, text, addressed_to, addressee, portfolio, decision, reasons, action,
                         member, officer, target, stage, progress, current, updated, signed, impact)""")
                .params(c.id, reportIds.toArray(Long[]::new), number, c.text, c.addressedTo, c.addressee,
                        c.portfolio, c.decision, c.reasons, c.action, c.member, c.officer, c.target, c.stage,
                        c.progress, c.current, c.updated, c.signed, c.impact)
                .update();
        return ids;
    }

    /** Changes recommendations to what the file says. */
    public void updateRecommendations(List<PlannedRecommendation> changed) {
        if (changed.isEmpty()) {
            return;
        }
        RecommendationColumns c = new RecommendationColumns(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            c.set(i, changed.get(i).existing().id().value(), changed.get(i).values());
        }
        jdbc.sql("""
                update recommendation x set text = u.text, addressed_to = u.addressed_to, addressee_id = u.addressee,
                    portfolio_id = u.portfolio, decision = u.decision, reasons = u.reasons,
                    proposed_action = u.action, cabinet_member_id = u.member, lead_officer_id = u.officer,
                    target_date = u.target::date, stage = u.stage, progress = u.progress,
                    current_target = u.current::date, last_update_on = u.updated::date,
                    signed_off_on = u.signed::date, impact_note = u.impact, version = x.version + 1
                from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as bigint[]),
                    cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as bigint[]),
                    cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]))
                    as u(id, text, addressed_to, addressee, portfolio, decision, reasons, action, member, officer,
                         target, stage, progress, current, updated, signed, impact)
                where x.id = u.id""")
                .params(c.id, c.text, c.addressedTo, c.addressee, c.portfolio, c.decision, c.reasons, c.action,
                        c.member, c.officer, c.target, c.stage, c.progress, c.current, c.updated, c.signed, c.impact)
                .update();
    }

    /** The recommendation columns an import writes, as arrays for unnest. */
    private static final class RecommendationColumns {
        final Long[] id;
        final String[] text;
        final String[] addressedTo;
        final Long[] addressee;
        final Long[] portfolio;
        final String[] decision;
        final String[] reasons;
        final String[] action;
        final Long[] member;
        final Long[] officer;
        final String[] target;
        final String[] stage;
        final String[] progress;
        final String[] current;
        final String[] updated;
        final String[] signed;
        final String[] impact;

        RecommendationColumns(int n) {
            id = new Long[n];
            text = new String[n];
            addressedTo = new String[n];
            addressee = new Long[n];
            portfolio = new Long[n];
            decision = new String[n];
            reasons = new String[n];
            action = new String[n];
            member = new Long[n];
            officer = new Long[n];
            target = new String[n];
            stage = new String[n];
            progress = new String[n];
            current = new String[n];
            updated = new String[n];
            signed = new String[n];
            impact = new String[n];
        }

        void set(int i, long recommendationId, RecommendationValues v) {
            id[i] = recommendationId;
            text[i] = v.text();
            addressedTo[i] = v.addressedTo().name();
            addressee[i] = v.addresseeId();
            portfolio[i] = v.portfolioId();
            decision[i] = v.decision() == null ? null : v.decision().name();
            reasons[i] = v.reasons();
            action[i] = v.proposedAction();
            member[i] = v.cabinetMemberId();
            officer[i] = v.leadOfficerId();
            target[i] = TrackerImports.text(v.targetDate());
            stage[i] = v.stage().name();
            progress[i] = v.progress() == null ? null : v.progress().name();
            current[i] = TrackerImports.text(v.currentTarget());
            updated[i] = TrackerImports.text(v.lastUpdateOn());
            signed[i] = TrackerImports.text(v.signedOffOn());
            impact[i] = v.impactNote();
        }
    }

    /** Reports by id, as the audit history records them. */
    public List<ScrutinyReport> reports(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(Reports.SELECT + " where r.id = any(?) order by r.id").param(ids.toArray(Long[]::new))
                .query((rs, n) -> Reports.map(rs)).list();
    }

    /** Recommendations by id, as the audit history records them. */
    public List<Recommendation> recommendations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(Recommendations.SELECT + " where x.id = any(?) order by x.id").param(ids.toArray(Long[]::new))
                .query((rs, n) -> Recommendations.map(rs)).list();
    }

    private List<Long> ids(String sequence, int count) {
        return jdbc.sql("select nextval(cast(? as regclass)) from generate_series(1, ?)").params(sequence, count)
                .query(Long.class).list();
    }

    // --- mapping to and from rows ---------------------------------------------------------------------------------

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String json(Map<ImportField, String> mapping) {
        Map<String, String> plain = new LinkedHashMap<>();
        mapping.forEach((k, v) -> plain.put(k.name(), v));
        return JSON.writeValueAsString(plain);
    }

    private static Map<ImportField, String> mapping(String json) {
        Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
        if (json != null) {
            JSON.readValue(json, MAPPING).forEach((k, v) -> {
                try {
                    mapping.put(ImportField.valueOf(k), v);
                } catch (IllegalArgumentException e) {
                    // a field since renamed: the officer chooses its column again
                }
            });
        }
        return mapping;
    }

    private static TrackerImport map(ResultSet rs) throws SQLException {
        ImportStatus status = ImportStatus.valueOf(rs.getString("status"));
        ImportResult result = status != ImportStatus.IMPORTED ? null
                : new ImportResult(rs.getInt("reports_created"), rs.getInt("reports_updated"),
                        rs.getInt("recommendations_created"), rs.getInt("recommendations_updated"),
                        rs.getInt("rows_unchanged"), rs.getInt("rows_skipped"));
        java.sql.Timestamp imported = rs.getTimestamp("imported_at");
        return new TrackerImport(new ImportId(rs.getLong("id")), rs.getString("file_name"), rs.getString("sha256"),
                rs.getLong("size"), List.of((String[]) rs.getArray("headers").getArray()), rs.getInt("row_count"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                mapping(rs.getString("mapping")), status, result, rs.getBoolean("skipped_errors"),
                rs.getString("imported_by"), imported == null ? null : imported.toInstant());
    }
}
