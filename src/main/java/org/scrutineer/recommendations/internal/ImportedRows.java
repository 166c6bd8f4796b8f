package org.scrutineer.recommendations.internal;

import static org.scrutineer.recommendations.ImportField.CABINET_MEMBER;
import static org.scrutineer.recommendations.ImportField.COMMITTEE;
import static org.scrutineer.recommendations.ImportField.DATE_AGREED;
import static org.scrutineer.recommendations.ImportField.DECISION;
import static org.scrutineer.recommendations.ImportField.IMPACT;
import static org.scrutineer.recommendations.ImportField.LAST_UPDATE;
import static org.scrutineer.recommendations.ImportField.LEAD_OFFICER;
import static org.scrutineer.recommendations.ImportField.MUNICIPAL_YEAR;
import static org.scrutineer.recommendations.ImportField.NUMBER;
import static org.scrutineer.recommendations.ImportField.PORTFOLIO;
import static org.scrutineer.recommendations.ImportField.PROGRESS;
import static org.scrutineer.recommendations.ImportField.PROPOSED_ACTION;
import static org.scrutineer.recommendations.ImportField.REASONS;
import static org.scrutineer.recommendations.ImportField.REPORT_REFERENCE;
import static org.scrutineer.recommendations.ImportField.REPORT_TITLE;
import static org.scrutineer.recommendations.ImportField.RESPONSE_DATE;
import static org.scrutineer.recommendations.ImportField.RESPONSE_DUE;
import static org.scrutineer.recommendations.ImportField.SIGNED_OFF;
import static org.scrutineer.recommendations.ImportField.TARGET_DATE;
import static org.scrutineer.recommendations.ImportField.TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.scrutineer.directory.Reference;
import org.scrutineer.platform.TabularData;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.ImportField;
import org.scrutineer.recommendations.ImportProblem;
import org.scrutineer.recommendations.ImportResult;
import org.scrutineer.recommendations.ImportRow;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.Stage;

/**
 * The rows of an uploaded spreadsheet tracker, read, checked against the directory and matched with what earlier
 * imports created: the reports and recommendations importing would create and change, and every problem by row
 * and column. It reads and saves nothing itself, so a preview and the import work it out the same way.
 * <p>
 * The rules, as the preview page and the README explain them:
 * <ul>
 * <li>Rows with the same report reference (ignoring case) are one report; its committee, date agreed, title and
 * municipal year come from its first row without errors, and a later row that disagrees is an error.</li>
 * <li>The municipal year comes from a reference such as {@code SR(25/26)01}, else from a municipal year column,
 * else from the date agreed and the month the council's year starts.</li>
 * <li>A report with a response date or a decision on any row has been responded to (every recommendation then
 * needs a decision); otherwise it is agreed. Imported reports have no tracked deadline: they are history.</li>
 * <li>A recommendation's stage follows its decision (accepted in whole or part: being implemented; deferred;
 * rejected), and a sign-off date on one accepted makes it implemented.</li>
 * <li>An existing report is matched by reference and a recommendation by (report, number). Only reports that an
 * import created are changed; a field the file has no column for is left as it is. Progress, its date and the
 * current target are kept when Scrutineer holds a later update than the file's, and a sign-off recorded in
 * Scrutineer is kept when the file has none.</li>
 * </ul>
 */
public final class ImportedRows {

    static final int MAX_TEXT = 20_000;
    static final int MAX_TITLE = 300;
    static final int MAX_REFERENCE = 60;

    /** A person, committee or portfolio the file's names are matched against. */
    public record Named(long id, String name) {
    }

    /** A cabinet portfolio: its title as matched, and who holds it. */
    public record PortfolioEntry(long id, String title, Long holderId) {
    }

    /**
     * The directory as the import matches names against it, keyed by the matching form of each name (see
     * {@link ImportValues#committeeName}, {@link ImportValues#portfolioTitle}, {@link ImportValues#personName}).
     *
     * @param committees scrutiny committees and task-and-finish groups, including dissolved ones
     * @param portfolios every portfolio, including past ones
     * @param councillors councillors, by name with and without their title
     * @param officers officers likewise
     * @param yearStartMonth the month the council's municipal year starts
     * @param referencePrefix the council's reference prefix, e.g. SR
     */
    public record Lookups(Map<String, List<Named>> committees, List<PortfolioEntry> portfolios,
            Map<String, List<Named>> councillors, Map<String, List<Named>> officers, int yearStartMonth,
            String referencePrefix) {
    }

    /**
     * What earlier imports (and Scrutineer) hold for the references in the file.
     *
     * @param reports reports by lower-case reference
     * @param recommendations each report's recommendations by number
     * @param sequences the report holding each municipal year and number, as {@code year:number}
     */
    public record Existing(Map<String, ScrutinyReport> reports, Map<Long, Map<Integer, Recommendation>> recommendations,
            Map<String, Long> sequences) {
    }

    /** The report's fields an import sets. */
    public record ReportValues(long committeeId, String title, int municipalYear, LocalDate agreedOn, ReportState state,
            LocalDate responseDue, LocalDate responseGivenOn) {
    }

    /** The recommendation's fields an import sets. */
    public record RecommendationValues(String text, Addressee addressedTo, Long addresseeId, Long portfolioId,
            ResponseDecision decision, String reasons, String proposedAction, Long cabinetMemberId, Long leadOfficerId,
            LocalDate targetDate, Stage stage, Progress progress, LocalDate currentTarget, LocalDate lastUpdateOn,
            LocalDate signedOffOn, String impactNote) {
    }

    /** A report to create (no existing one) or to change. */
    public record PlannedReport(String reference, ScrutinyReport existing, ReportValues values, Integer sequence,
            List<String> changes, List<PlannedRecommendation> recommendations) {

        public boolean created() {
            return existing == null;
        }

        public boolean changed() {
            return existing != null && !changes.isEmpty();
        }
    }

    /** A recommendation to create (no existing one), change, or leave as it is. */
    public record PlannedRecommendation(int row, int number, Recommendation existing, RecommendationValues values,
            List<String> changes) {

        public boolean created() {
            return existing == null;
        }

        public boolean changed() {
            return existing != null && !changes.isEmpty();
        }
    }

    private final List<PlannedReport> reports;
    private final List<ImportRow> rows;
    private final List<ImportProblem> errors;

    private ImportedRows(List<PlannedReport> reports, List<ImportRow> rows, List<ImportProblem> errors) {
        this.reports = reports;
        this.rows = rows;
        this.errors = errors;
    }

    /** The reports (with their recommendations) that rows without errors make, in file order. */
    public List<PlannedReport> reports() {
        return reports;
    }

    /** Every row's outcome, in file order. */
    public List<ImportRow> rows() {
        return rows;
    }

    /** Every problem, by row. */
    public List<ImportProblem> errors() {
        return errors;
    }

    /** What importing the rows without errors would do. */
    public ImportResult counts() {
        int reportsCreated = 0;
        int reportsUpdated = 0;
        int recsCreated = 0;
        int recsUpdated = 0;
        int unchanged = 0;
        for (PlannedReport r : reports) {
            reportsCreated += r.created() ? 1 : 0;
            reportsUpdated += r.changed() ? 1 : 0;
            for (PlannedRecommendation x : r.recommendations()) {
                recsCreated += x.created() ? 1 : 0;
                recsUpdated += x.changed() ? 1 : 0;
                unchanged += !x.created() && !x.changed() ? 1 : 0;
            }
        }
        int skipped = (int) rows.stream().filter(r -> r.action() == ImportRow.Action.ERROR).count();
        return new ImportResult(reportsCreated, reportsUpdated, recsCreated, recsUpdated, unchanged, skipped);
    }

    /** Reports that exist already and that the file leaves as they are. */
    public int reportsUnchanged() {
        return (int) reports.stream().filter(r -> !r.created() && !r.changed()).count();
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    /**
     * Reads the file's rows with the mapping, against the directory and what exists.
     *
     * @param data the file
     * @param mapping the column for each mapped field
     * @param excelSerials whether a bare day number in a date column is an Excel date (XLSX files)
     */
    public static ImportedRows read(TabularData data, Map<ImportField, String> mapping, boolean excelSerials,
            Lookups lookups, Existing existing) {
        Map<ImportField, Integer> columns = columns(data.headers(), mapping);
        List<Row> all = new ArrayList<>(data.rows().size());
        for (int i = 0; i < data.rows().size(); i++) {
            Row row = new Row(data.rowNumber(i), data.rows().get(i), columns, data.headers());
            row.parse(lookups, excelSerials);
            all.add(row);
        }
        Map<String, List<Row>> byReport = new LinkedHashMap<>();
        for (Row row : all) {
            if (row.reference != null) {
                byReport.computeIfAbsent(row.reference.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row);
            }
        }
        List<PlannedReport> planned = new ArrayList<>();
        Map<String, Long> sequences = new HashMap<>(existing.sequences());
        Map<Row, PlannedRecommendation> byRow = new IdentityHashMap<>();
        Map<Row, PlannedReport> reportOf = new IdentityHashMap<>();
        for (Map.Entry<String, List<Row>> e : byReport.entrySet()) {
            PlannedReport report = plan(e.getValue(), columns, lookups, existing.reports().get(e.getKey()),
                    existing, sequences);
            if (report != null) {
                planned.add(report);
                Map<Integer, Row> rowsByNumber = new HashMap<>();
                e.getValue().forEach(r -> rowsByNumber.put(r.number, r));
                for (PlannedRecommendation x : report.recommendations()) {
                    Row row = rowsByNumber.get(x.row());
                    byRow.put(row, x);
                    reportOf.put(row, report);
                }
            }
        }
        List<ImportRow> outcomes = new ArrayList<>(all.size());
        List<ImportProblem> problems = new ArrayList<>();
        Map<PlannedReport, Boolean> reportShown = new IdentityHashMap<>();
        for (Row row : all) {
            problems.addAll(row.problems);
            PlannedRecommendation x = byRow.get(row);
            if (x == null || !row.problems.isEmpty()) {
                outcomes.add(new ImportRow(row.number, row.reference, row.recommendation, ImportRow.Action.ERROR,
                        false, List.of(), summary(row.text)));
                continue;
            }
            PlannedReport report = reportOf.get(row);
            List<String> changes = new ArrayList<>();
            if (reportShown.put(report, true) == null && report.changed()) {
                report.changes().forEach(c -> changes.add("Report's " + c.toLowerCase(Locale.UK)));
            }
            changes.addAll(x.changes());
            ImportRow.Action action = x.created() ? ImportRow.Action.CREATE
                    : changes.isEmpty() ? ImportRow.Action.UNCHANGED : ImportRow.Action.UPDATE;
            outcomes.add(new ImportRow(row.number, report.reference(), x.number(), action, report.created(),
                    changes, summary(x.values().text())));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return new ImportedRows(planned, outcomes, problems);
    }

    private static Map<ImportField, Integer> columns(List<String> headers, Map<ImportField, String> mapping) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        mapping.forEach((field, header) -> {
            for (int c = 0; c < headers.size(); c++) {
                if (headers.get(c).equalsIgnoreCase(header)) {
                    columns.put(field, c);
                    break;
                }
            }
        });
        return columns;
    }

    private static String summary(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= 120 ? s : s.substring(0, 117).strip() + "…";
    }

    /** One report's rows: checked against each other and what exists, then planned. */
    private static PlannedReport plan(List<Row> group, Map<ImportField, Integer> columns, Lookups lookups,
            ScrutinyReport existing, Existing all, Map<String, Long> sequences) {
        String reference = group.get(0).reference;
        Map<Integer, Row> numbers = new HashMap<>();
        for (Row row : group) {
            if (row.recommendation != null) {
                Row first = numbers.putIfAbsent(row.recommendation, row);
                if (first != null) {
                    row.problem(NUMBER, "Recommendation " + row.recommendation + " of " + reference
                            + " is also on row " + first.number);
                }
            }
        }
        Row anchor = group.stream().filter(Row::valid).findFirst().orElse(null);
        if (anchor == null) {
            return null;
        }
        for (Row row : group) {
            if (row == anchor || !row.valid()) {
                continue;
            }
            if (row.committee.id() != anchor.committee.id()) {
                row.problem(COMMITTEE, "Committee '" + row.cell(COMMITTEE) + "' differs from row " + anchor.number
                        + "'s ('" + anchor.cell(COMMITTEE) + "') for the same report " + reference);
            }
            if (!row.agreedOn.equals(anchor.agreedOn)) {
                row.problem(DATE_AGREED, "Date agreed " + row.agreedOn + " differs from row " + anchor.number + "'s ("
                        + anchor.agreedOn + ") for the same report " + reference);
            }
            if (!Objects.equals(row.year, anchor.year)) {
                row.problem(MUNICIPAL_YEAR, "Municipal year " + row.year + " differs from row " + anchor.number
                        + "'s (" + anchor.year + ") for the same report " + reference);
            }
            if (row.title != null && anchor.title != null && !row.title.equals(anchor.title)) {
                row.problem(REPORT_TITLE, "Report title '" + row.title + "' differs from row " + anchor.number
                        + "'s ('" + anchor.title + "') for the same report " + reference);
            }
        }
        if (existing != null) {
            String why = !existing.imported()
                    ? "Report " + existing.reference() + " was written in Scrutineer, not imported: an import does "
                            + "not change it"
                    : existing.state() != ReportState.AGREED && existing.state() != ReportState.RESPONDED
                            ? "Report " + existing.reference() + " has moved on in Scrutineer since it was imported ("
                                    + existing.state().label().toLowerCase(Locale.UK) + "): change it there"
                            : null;
            if (why != null) {
                group.forEach(r -> r.problem(REPORT_REFERENCE, why));
                return null;
            }
        }
        boolean stateInFile = columns.containsKey(DECISION) || columns.containsKey(RESPONSE_DATE);
        ReportState state = !stateInFile ? (existing == null ? ReportState.AGREED : existing.state())
                : group.stream().filter(Row::valid).anyMatch(r -> r.decision != null || r.responseDate != null)
                        ? ReportState.RESPONDED : ReportState.AGREED;
        if (state == ReportState.RESPONDED && columns.containsKey(DECISION)) {
            group.stream().filter(r -> r.valid() && r.decision == null).forEach(r -> r.problem(DECISION,
                    "Report " + reference + " has the executive's response, but recommendation " + r.recommendation
                            + " has no decision: enter accepted, partially accepted, rejected or deferred"));
        }
        List<Row> valid = group.stream().filter(Row::valid).toList();
        if (valid.isEmpty()) {
            return null;
        }
        Row first = valid.get(0);
        String title = valid.stream().map(r -> r.title).filter(Objects::nonNull).findFirst()
                .orElse(existing != null ? existing.title() : "Scrutiny report " + reference);
        LocalDate due = columns.containsKey(RESPONSE_DUE) ? latest(valid, r -> r.responseDue)
                : existing == null ? null : existing.responseDue();
        LocalDate given = state != ReportState.RESPONDED ? null
                : columns.containsKey(RESPONSE_DATE) ? latest(valid, r -> r.responseDate)
                        : existing == null ? null : existing.responseGivenOn();
        ReportValues values = new ReportValues(first.committee.id(), title, first.year, first.agreedOn, state, due,
                given);
        Integer sequence = null;
        List<String> changes = new ArrayList<>();
        if (existing == null) {
            sequence = sequence(reference, values.municipalYear(), lookups.referencePrefix(), sequences);
        } else {
            changes = reportChanges(existing, values);
        }
        Map<Integer, Recommendation> before = existing == null ? Map.of()
                : all.recommendations().getOrDefault(existing.id().value(), Map.of());
        List<PlannedRecommendation> recs = new ArrayList<>(valid.size());
        for (Row row : valid) {
            Recommendation was = before.get(row.recommendation);
            RecommendationValues v = row.values(was, columns, lookups);
            recs.add(new PlannedRecommendation(row.number, row.recommendation, was, v,
                    was == null ? List.of() : recommendationChanges(was, v)));
        }
        return new PlannedReport(existing == null ? reference : existing.reference(), existing, values, sequence,
                List.copyOf(changes), List.copyOf(recs));
    }

    private static LocalDate latest(List<Row> rows, Function<Row, LocalDate> date) {
        return rows.stream().map(date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The report's number in its year, when its reference is in the council's own form and the number is free. */
    private static Integer sequence(String reference, int year, String prefix, Map<String, Long> taken) {
        Optional<int[]> parsed = RecommendationRules.parseReference(reference);
        if (parsed.isEmpty() || parsed.get()[0] != year
                || !reference.strip().toUpperCase(Locale.ROOT).startsWith(prefix + "(")) {
            return null;
        }
        String key = year + ":" + parsed.get()[1];
        if (taken.containsKey(key)) {
            return null;
        }
        taken.put(key, -1L);
        return parsed.get()[1];
    }

    private static List<String> reportChanges(ScrutinyReport r, ReportValues v) {
        List<String> changes = new ArrayList<>();
        differs(changes, "Committee", r.committeeId().value(), v.committeeId());
        differs(changes, "Title", r.title(), v.title());
        differs(changes, "Municipal year", r.municipalYear(), v.municipalYear());
        differs(changes, "Date agreed", r.agreedOn(), v.agreedOn());
        differs(changes, "State", r.state(), v.state());
        differs(changes, "Response due", r.responseDue(), v.responseDue());
        differs(changes, "Response given", r.responseGivenOn(), v.responseGivenOn());
        return changes;
    }

    private static List<String> recommendationChanges(Recommendation r, RecommendationValues v) {
        List<String> changes = new ArrayList<>();
        differs(changes, "Recommendation", r.text(), v.text());
        differs(changes, "Addressed to", r.addressedTo(), v.addressedTo());
        differs(changes, "Addressee", id(r.addressee()), v.addresseeId());
        differs(changes, "Portfolio", id(r.portfolio()), v.portfolioId());
        differs(changes, "Decision", r.decision(), v.decision());
        differs(changes, "Reasons", r.reasons(), v.reasons());
        differs(changes, "Proposed action", r.proposedAction(), v.proposedAction());
        differs(changes, "Cabinet member", id(r.cabinetMember()), v.cabinetMemberId());
        differs(changes, "Lead officer", id(r.leadOfficer()), v.leadOfficerId());
        differs(changes, "Target date", r.targetDate(), v.targetDate());
        differs(changes, "Stage", r.stage(), v.stage());
        differs(changes, "Progress", r.progress(), v.progress());
        differs(changes, "Current target", r.currentTarget(), v.currentTarget());
        differs(changes, "Last update", r.lastUpdateOn(), v.lastUpdateOn());
        differs(changes, "Signed off", r.signedOffOn(), v.signedOffOn());
        differs(changes, "Impact", r.impactNote(), v.impactNote());
        return changes;
    }

    private static void differs(List<String> changes, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(label);
        }
    }

    private static Long id(Reference ref) {
        return ref == null ? null : ref.id();
    }

    // --- one row ----------------------------------------------------------------------------------------------------

    /** One row of the file as read, with its problems. */
    private static final class Row {

        final int number;
        final List<String> cells;
        final Map<ImportField, Integer> columns;
        final List<String> headers;
        final List<ImportProblem> problems = new ArrayList<>();
        boolean serials;

        String reference;
        String title;
        Named committee;
        Integer year;
        LocalDate agreedOn;
        Integer recommendation;
        String text;
        Addressee addressedTo = Addressee.EXECUTIVE;
        Long addresseeId;
        Long portfolioId;
        LocalDate responseDue;
        LocalDate responseDate;
        ResponseDecision decision;
        String reasons;
        String proposedAction;
        Long cabinetMemberId;
        Long leadOfficerId;
        LocalDate targetDate;
        Progress progress;
        LocalDate lastUpdate;
        LocalDate signedOff;
        String impact;

        Row(int number, List<String> cells, Map<ImportField, Integer> columns, List<String> headers) {
            this.number = number;
            this.cells = cells;
            this.columns = columns;
            this.headers = headers;
        }

        boolean valid() {
            return problems.isEmpty();
        }

        String cell(ImportField field) {
            Integer c = columns.get(field);
            return c == null ? "" : ImportValues.clean(cells.get(c));
        }

        void problem(ImportField field, String message) {
            Integer c = columns.get(field);
            problems.add(new ImportProblem(number, c == null ? null : headers.get(c), message));
        }

        void parse(Lookups lookups, boolean excelSerials) {
            serials = excelSerials;
            reference = required(REPORT_REFERENCE);
            if (reference != null && reference.length() > MAX_REFERENCE) {
                problem(REPORT_REFERENCE, "Report reference must be " + MAX_REFERENCE + " characters or fewer");
            }
            title = text(REPORT_TITLE, MAX_TITLE);
            String committeeName = required(COMMITTEE);
            if (committeeName != null) {
                committee = one(lookups.committees().get(ImportValues.committeeName(committeeName)), COMMITTEE,
                        "Committee '" + committeeName + "' is not in the directory",
                        "Committee '" + committeeName + "' matches more than one committee");
            }
            agreedOn = date(DATE_AGREED, false);
            if (agreedOn == null && cell(DATE_AGREED).isEmpty()) {
                problem(DATE_AGREED, "Date agreed is empty: enter the date the committee agreed the report");
            }
            year = year(lookups);
            recommendation = read(NUMBER, ImportValues::number);
            if (recommendation == null && cell(NUMBER).isEmpty()) {
                problem(NUMBER, "Recommendation number is empty");
            }
            text = required(TEXT);
            if (text != null && text.length() > MAX_TEXT) {
                problem(TEXT, "Recommendation must be " + MAX_TEXT + " characters or fewer");
            }
            responseDue = date(RESPONSE_DUE, false);
            responseDate = date(RESPONSE_DATE, false);
            decision = read(DECISION, ImportValues::decision);
            reasons = text(REASONS, MAX_TEXT);
            proposedAction = text(PROPOSED_ACTION, MAX_TEXT);
            cabinetMemberId = person(CABINET_MEMBER, lookups.councillors(), "Cabinet member", "councillor");
            leadOfficerId = person(LEAD_OFFICER, lookups.officers(), "Lead officer", "officer");
            addressee(lookups);
            targetDate = date(TARGET_DATE, true);
            progress = read(PROGRESS, ImportValues::progress);
            lastUpdate = date(LAST_UPDATE, false);
            signedOff = date(SIGNED_OFF, false);
            impact = text(IMPACT, MAX_TEXT);
            // an unreadable decision is one problem already: the checks below are about a decision that is absent
            boolean decisionKnown = columns.containsKey(DECISION) && (decision != null || cell(DECISION).isEmpty());
            if (signedOff != null && decisionKnown && (decision == null || !decision.actionFollows())) {
                problem(SIGNED_OFF, "Signed off as implemented, but the executive did not accept recommendation "
                        + recommendation);
            }
            if (progress != null && decision == null && decisionKnown) {
                problem(PROGRESS, "Progress is recorded, but the executive's decision is not: enter accepted, "
                        + "partially accepted, rejected or deferred");
            }
            if (responseDate != null && agreedOn != null && responseDate.isBefore(agreedOn)) {
                problem(RESPONSE_DATE, "Response date " + responseDate + " is before the date agreed, " + agreedOn);
            }
        }

        private String required(ImportField field) {
            String value = cell(field);
            if (value.isEmpty()) {
                problem(field, field.label() + " is empty");
                return null;
            }
            return value;
        }

        private String text(ImportField field, int max) {
            String value = cell(field);
            if (value.length() > max) {
                problem(field, field.label() + " must be " + max + " characters or fewer");
            }
            return value.isEmpty() ? null : value;
        }

        private <T> T read(ImportField field, Function<String, T> reader) {
            String value = cell(field);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return reader.apply(value);
            } catch (IllegalArgumentException e) {
                problem(field, field.label() + ": " + e.getMessage());
                return null;
            }
        }

        private LocalDate date(ImportField field, boolean monthAlone) {
            return read(field, v -> ImportValues.date(v, serials, monthAlone));
        }

        private Integer year(Lookups lookups) {
            if (reference != null) {
                Optional<int[]> parsed = RecommendationRules.parseReference(reference);
                if (parsed.isPresent()) {
                    return parsed.get()[0];
                }
            }
            Integer fromColumn = read(MUNICIPAL_YEAR, ImportValues::municipalYear);
            if (fromColumn != null) {
                return fromColumn;
            }
            if (agreedOn != null) {
                return RecommendationRules.municipalYear(agreedOn, lookups.yearStartMonth());
            }
            return null;
        }

        private Named one(List<Named> found, ImportField field, String none, String many) {
            if (found == null || found.isEmpty()) {
                problem(field, none);
                return null;
            }
            if (found.size() > 1) {
                problem(field, many);
                return null;
            }
            return found.get(0);
        }

        private Long person(ImportField field, Map<String, List<Named>> people, String what, String kind) {
            String name = cell(field);
            if (name.isEmpty()) {
                return null;
            }
            Named p = one(people.get(ImportValues.personName(name)), field,
                    what + " '" + name + "' is not in the directory",
                    what + " '" + name + "' matches more than one " + kind + ": use the full name as the directory has it");
            return p == null ? null : p.id();
        }

        /** The portfolio (or the cabinet member) the recommendation is addressed to. */
        private void addressee(Lookups lookups) {
            String value = cell(PORTFOLIO);
            if (!value.isEmpty()) {
                String key = ImportValues.portfolioTitle(value);
                List<PortfolioEntry> exact = lookups.portfolios().stream()
                        .filter(p -> ImportValues.portfolioTitle(p.title()).equals(key)).toList();
                List<PortfolioEntry> partial = exact.isEmpty() && key.length() >= 4
                        ? lookups.portfolios().stream().filter(p -> contains(ImportValues.portfolioTitle(p.title()), key))
                                .toList()
                        : exact;
                if (partial.size() == 1) {
                    portfolioId = partial.get(0).id();
                    return;
                }
                if (partial.size() > 1) {
                    problem(PORTFOLIO, "Portfolio '" + value + "' matches more than one portfolio: use its full title");
                    return;
                }
                List<Named> members = lookups.councillors().get(ImportValues.personName(value));
                if (members != null && members.size() == 1) {
                    addressedTo = Addressee.CABINET_MEMBER;
                    addresseeId = members.get(0).id();
                    portfolioId = heldBy(lookups, addresseeId);
                    return;
                }
                problem(PORTFOLIO, "Portfolio '" + value + "' is not in the directory");
                return;
            }
            if (cabinetMemberId != null) {
                portfolioId = heldBy(lookups, cabinetMemberId);
            }
        }

        private static Long heldBy(Lookups lookups, long person) {
            List<PortfolioEntry> held = lookups.portfolios().stream()
                    .filter(p -> p.holderId() != null && p.holderId() == person).toList();
            return held.size() == 1 ? held.get(0).id() : null;
        }

        private static boolean contains(String title, String key) {
            return (" " + title + " ").contains(" " + key + " ");
        }

        /** The recommendation as the file has it, keeping what the file has no column for and newer progress. */
        RecommendationValues values(Recommendation was, Map<ImportField, Integer> columns, Lookups lookups) {
            boolean hasAddressee = columns.containsKey(PORTFOLIO);
            Addressee to = hasAddressee || was == null ? addressedTo : was.addressedTo();
            Long addressee = hasAddressee || was == null ? addresseeId : id(was.addressee());
            Long portfolio = hasAddressee || was == null ? portfolioId : id(was.portfolio());
            ResponseDecision dec = pick(DECISION, decision, was, Recommendation::decision);
            String why = pick(REASONS, reasons, was, Recommendation::reasons);
            String action = pick(PROPOSED_ACTION, proposedAction, was, Recommendation::proposedAction);
            Long member = pick(CABINET_MEMBER, cabinetMemberId, was, r -> id(r.cabinetMember()));
            Long officer = pick(LEAD_OFFICER, leadOfficerId, was, r -> id(r.leadOfficer()));
            if (portfolio == null && member != null && to == Addressee.EXECUTIVE) {
                portfolio = heldBy(lookups, member);
            }
            LocalDate target = pick(TARGET_DATE, targetDate, was, Recommendation::targetDate);
            Progress status = pick(PROGRESS, progress, was, Recommendation::progress);
            LocalDate updated = pick(LAST_UPDATE, lastUpdate, was, Recommendation::lastUpdateOn);
            LocalDate current = target;
            if (was != null && was.lastUpdateOn() != null
                    && (updated == null || was.lastUpdateOn().isAfter(updated))) {
                // Scrutineer holds a later update than the file: keep it
                status = was.progress();
                updated = was.lastUpdateOn();
                current = was.currentTarget();
            }
            LocalDate signed = pick(SIGNED_OFF, signedOff, was, Recommendation::signedOffOn);
            String impactNote = pick(IMPACT, impact, was, Recommendation::impactNote);
            Stage stage = dec == null ? Stage.AGREED
                    : signed != null && dec.actionFollows() ? Stage.IMPLEMENTED : Stage.after(dec);
            if (was != null && was.stage() == Stage.IMPLEMENTED && was.signedOffOn() != null && signed == null) {
                // signed off in Scrutineer, and the file does not say otherwise
                stage = Stage.IMPLEMENTED;
                signed = was.signedOffOn();
                impactNote = was.impactNote();
            }
            if (stage != Stage.IMPLEMENTED) {
                signed = null;
            }
            return new RecommendationValues(text, to, to == Addressee.CABINET_MEMBER ? addressee : null, portfolio,
                    dec, why, action, member, officer, target, stage, status, current, updated, signed, impactNote);
        }

        private <T> T pick(ImportField field, T fromFile, Recommendation was, Function<Recommendation, T> stored) {
            return columns.containsKey(field) || was == null ? fromFile : stored.apply(was);
        }
    }
}
