package org.scrutineer.recommendations;

import java.util.List;

/**
 * What importing an uploaded tracker would do, row by row, worked out without saving anything.
 *
 * @param upload the uploaded file
 * @param rows every row of the file, in file order
 * @param errors every problem that stops a row being imported, in file order
 * @param counts the reports and recommendations that would be created and changed, if rows with errors are skipped
 * @param reportsUnchanged imported reports the file matches exactly
 */
public record ImportPreview(TrackerImport upload, List<ImportRow> rows, List<ImportProblem> errors,
        ImportResult counts, int reportsUnchanged) {

    public ImportPreview {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** Whether any row has an error. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** How many rows have errors. */
    public long rowsWithErrors() {
        return rows.stream().filter(r -> r.action() == ImportRow.Action.ERROR).count();
    }

    /** How many rows would be imported (created or changed or confirmed unchanged). */
    public long rowsToImport() {
        return rows.size() - rowsWithErrors();
    }
}
