package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import static org.scrutineer.recommendations.AuditSnapshots.snapshot;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.audit.PendingAuditChange;
import org.scrutineer.audit.PendingAuditEntry;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.TabularData;
import org.scrutineer.platform.TabularFiles;
import org.scrutineer.recommendations.internal.ImportValues;
import org.scrutineer.recommendations.internal.ImportedRows;
import org.scrutineer.recommendations.internal.ImportedRows.PlannedRecommendation;
import org.scrutineer.recommendations.internal.ImportedRows.PlannedReport;
import org.scrutineer.recommendations.internal.RecommendationPermissions;
import org.scrutineer.recommendations.internal.RecommendationRules;
import org.scrutineer.recommendations.internal.TrackerImports;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a council's existing spreadsheet tracker (CSV or XLSX), in three steps that each work on any node: the
 * file is uploaded and kept in the database; its columns are mapped to the tracker's fields (guessed from the
 * header names); a preview shows, row by row, what would be created or changed and every error, saving nothing;
 * then the import creates and changes reports and recommendations in one transaction, with their audit history.
 * Reports are matched by reference (ignoring case) and recommendations by (report, number), so importing the same
 * file again, or a later version of it, changes only what changed. Imported reports have no tracked deadline:
 * they are history. Only scrutiny officers import. See {@link ImportedRows} for how rows are read.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationImports {

    /** The largest file accepted. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final TrackerImports imports;
    private final RecommendationPermissions permissions;
    private final DirectoryManagement directory;
    private final AuditHistory audit;
    private final RecommendationSettings settings;

    RecommendationImports(TrackerImports imports, RecommendationPermissions permissions,
            DirectoryManagement directory, AuditHistory audit, RecommendationSettings settings) {
        this.imports = imports;
        this.permissions = permissions;
        this.directory = directory;
        this.audit = audit;
        this.settings = settings;
    }

    /** Whether the actor may import trackers (scrutiny officers). */
    public boolean mayImport(Actor actor) {
        return permissions.administers(actor);
    }

    // --- step 1: upload ---------------------------------------------------------------------------------------------

    /**
     * Keeps an uploaded tracker, with the columns guessed for each field (or the mapping last used for a file with
     * the same columns).
     *
     * @throws RuleViolationException on the field {@code file} when there is no file, it is too big, it is not a
     *         spreadsheet that can be read, or it has no rows
     */
    @Transactional
    public ImportId upload(Actor actor, String fileName, byte[] content) {
        require(actor);
        if (content == null || content.length == 0) {
            throw new RuleViolationException("file", "Select a CSV or Excel (.xlsx) file");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new RuleViolationException("file", "The selected file must be smaller than 10 MB");
        }
        String name = fileName(fileName);
        TabularData data = TabularFiles.read(content, name);
        if (data.rows().isEmpty()) {
            throw new RuleViolationException("file", name + " has no rows below its header row");
        }
        Map<ImportField, String> mapping = imports.lastMappingFor(data.headers())
                .filter(m -> !m.isEmpty())
                .orElseGet(() -> ImportValues.guess(data.headers()));
        return imports.insert(name, content, sha256(content), data.headers(), data.rows().size(), actor.name(),
                actor.person() == null ? null : actor.person().value(), mapping);
    }

    /** An uploaded tracker. */
    public TrackerImport uploaded(Actor actor, ImportId id) {
        require(actor);
        return imports.find(id).orElseThrow(() -> new NotFoundException("Import " + id));
    }

    /** The newest uploads, newest first. */
    public List<TrackerImport> recent(Actor actor, int limit) {
        require(actor);
        return imports.recent(Math.max(1, Math.min(limit, 100)));
    }

    /** Other uploads of the same file (by content), newest first: it may have been imported already. */
    public List<TrackerImport> sameFile(Actor actor, TrackerImport upload) {
        require(actor);
        return imports.sameFile(upload.sha256(), upload.id());
    }

    // --- step 2: columns ------------------------------------------------------------------------------------------

    /**
     * Saves which column holds which field. Every required field needs a column, and each column must be one of the
     * file's; a field left out is not imported (and an existing record keeps its value).
     */
    @Transactional
    public void saveMapping(Actor actor, ImportId id, Map<ImportField, String> mapping) {
        TrackerImport upload = notImported(uploaded(actor, id));
        Map<ImportField, String> chosen = new EnumMap<>(ImportField.class);
        List<FieldProblem> problems = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            String column = mapping == null ? null : mapping.get(field);
            if (column == null || column.isBlank()) {
                if (field.required()) {
                    problems.add(new FieldProblem(field.name(), "Choose the column that holds the "
                            + lowerFirst(field.label())));
                }
                continue;
            }
            String header = upload.headers().stream().filter(h -> h.equalsIgnoreCase(column.strip())).findFirst()
                    .orElse(null);
            if (header == null) {
                problems.add(new FieldProblem(field.name(), field.label() + ": choose one of the file's columns"));
            } else {
                chosen.put(field, header);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        imports.saveMapping(id, chosen);
    }

    // --- step 3: preview ------------------------------------------------------------------------------------------

    /** What importing the file would do, row by row, and every error; nothing is saved. */
    public ImportPreview preview(Actor actor, ImportId id) {
        TrackerImport upload = uploaded(actor, id);
        ImportedRows rows = read(upload, false);
        return new ImportPreview(upload, rows.rows(), rows.errors(), rows.counts(), rows.reportsUnchanged());
    }

    // --- step 4: import -------------------------------------------------------------------------------------------

    /**
     * Imports the file. When any row has an error nothing is imported, unless {@code skipErrors}: then the rows
     * without errors are imported and the others left out (a report whose rows all have errors is not created).
     * Rows that match what is there already change nothing and leave no audit entry.
     *
     * @throws RuleViolationException when rows have errors and they are not to be skipped, or no row can be imported
     * @throws ConflictException when the file was imported meanwhile
     */
    @Transactional
    public ImportResult importRows(Actor actor, ImportId id, boolean skipErrors) {
        TrackerImport upload = notImported(uploaded(actor, id));
        if (upload.status() == ImportStatus.UPLOADED) {
            throw new RuleViolationException(null, "Confirm which column holds which field before importing");
        }
        imports.lockImports();
        ImportedRows rows = read(upload, true);
        if (!rows.errors().isEmpty() && !skipErrors) {
            long bad = rows.rows().stream().filter(r -> r.action() == ImportRow.Action.ERROR).count();
            throw new RuleViolationException(null, bad + (bad == 1 ? " row has" : " rows have") + " errors: correct "
                    + "the file and upload it again, or choose to skip the rows with errors");
        }
        if (rows.reports().isEmpty()) {
            throw new RuleViolationException(null, "No row can be imported: every row has errors");
        }
        apply(rows);
        ImportResult result = rows.counts();
        if (!imports.markImported(id, result, skipErrors && !rows.errors().isEmpty(), actor.name())) {
            throw new ConflictException("Import " + id);
        }
        return result;
    }

    private void apply(ImportedRows rows) {
        List<PlannedReport> created = rows.reports().stream().filter(PlannedReport::created).toList();
        List<PlannedReport> changed = rows.reports().stream().filter(PlannedReport::changed).toList();
        List<Long> newReportIds = imports.insertReports(created);
        Map<PlannedReport, Long> reportIds = new java.util.IdentityHashMap<>();
        for (int i = 0; i < created.size(); i++) {
            reportIds.put(created.get(i), newReportIds.get(i));
        }
        List<Long> recReports = new ArrayList<>();
        List<PlannedRecommendation> newRecs = new ArrayList<>();
        List<PlannedRecommendation> changedRecs = new ArrayList<>();
        for (PlannedReport r : rows.reports()) {
            long reportId = r.created() ? reportIds.get(r) : r.existing().id().value();
            for (PlannedRecommendation x : r.recommendations()) {
                if (x.created()) {
                    newRecs.add(x);
                    recReports.add(reportId);
                } else if (x.changed()) {
                    changedRecs.add(x);
                }
            }
        }
        List<Long> newRecIds = imports.insertRecommendations(recReports, newRecs);
        imports.updateReports(changed);
        imports.updateRecommendations(changedRecs);
        List<PendingAuditEntry> entries = new ArrayList<>(newReportIds.size() + newRecIds.size());
        imports.reports(newReportIds).forEach(r -> entries.add(new PendingAuditEntry(RecommendationManagement.REPORT,
                r.id().toString(), snapshot(r))));
        imports.recommendations(newRecIds).forEach(r -> entries.add(new PendingAuditEntry(
                RecommendationManagement.RECOMMENDATION, r.id().toString(), snapshot(r))));
        if (!entries.isEmpty()) {
            audit.createdAll(entries);
        }
        List<PendingAuditChange> changes = new ArrayList<>(changed.size() + changedRecs.size());
        Map<Long, ScrutinyReport> reportsAfter = byId(imports.reports(changed.stream()
                .map(r -> r.existing().id().value()).toList()), r -> r.id().value());
        for (PlannedReport r : changed) {
            changes.add(new PendingAuditChange(RecommendationManagement.REPORT, r.existing().id().toString(),
                    snapshot(r.existing()), snapshot(reportsAfter.get(r.existing().id().value()))));
        }
        Map<Long, Recommendation> recsAfter = byId(imports.recommendations(changedRecs.stream()
                .map(x -> x.existing().id().value()).toList()), r -> r.id().value());
        for (PlannedRecommendation x : changedRecs) {
            changes.add(new PendingAuditChange(RecommendationManagement.RECOMMENDATION,
                    x.existing().id().toString(), snapshot(x.existing()),
                    snapshot(recsAfter.get(x.existing().id().value()))));
        }
        if (!changes.isEmpty()) {
            audit.changedAll(changes);
        }
    }

    private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }

    /**
     * Reads the file and matches it with the directory and what exists.
     *
     * @param lockYears whether to hold the report numbering of the years the references name (as creating a report
     *        does) before reading which numbers are taken, so that the numbers the import gives stay free
     */
    private ImportedRows read(TrackerImport upload, boolean lockYears) {
        byte[] content = imports.content(upload.id());
        TabularData data = TabularFiles.read(content, upload.fileName());
        Set<String> references = new java.util.HashSet<>();
        Set<Integer> years = new TreeSet<>();
        String referenceColumn = upload.mapping().get(ImportField.REPORT_REFERENCE);
        int column = referenceColumn == null ? -1 : data.headers().indexOf(referenceColumn);
        if (column >= 0) {
            for (List<String> row : data.rows()) {
                String reference = ImportValues.clean(row.get(column));
                if (!reference.isEmpty()) {
                    references.add(reference);
                    RecommendationRules.parseReference(reference).ifPresent(p -> years.add(p[0]));
                }
            }
        }
        int startMonth = directory.council().map(Council::municipalYearStartMonth).orElse(5);
        ImportedRows.Lookups lookups = imports.lookups(startMonth, settings.referencePrefix());
        // a report is numbered only when its reference is in the council's form, so those years are enough
        if (lockYears) {
            imports.lockYears(years);
        }
        ImportedRows.Existing existing = imports.existing(references, years);
        return ImportedRows.read(data, upload.mapping(), isXlsx(content), lookups, existing);
    }

    /** Whether the file is a workbook (a ZIP), whose date cells may come as Excel day numbers. */
    private static boolean isXlsx(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private void require(Actor actor) {
        if (!mayImport(actor)) {
            throw new AccessDeniedException("Only scrutiny officers import spreadsheet trackers");
        }
    }

    private static TrackerImport notImported(TrackerImport upload) {
        if (upload.imported()) {
            throw new RuleViolationException(null, upload.fileName() + " has already been imported; upload it again "
                    + "to import it again");
        }
        return upload;
    }

    private static String fileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "tracker";
        }
        String name = fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
