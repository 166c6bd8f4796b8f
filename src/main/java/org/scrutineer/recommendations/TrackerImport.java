package org.scrutineer.recommendations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An uploaded spreadsheet tracker: the file, its columns, how they map to the tracker's fields, and, once
 * imported, what the import did.
 *
 * @param id its id
 * @param fileName the name it was uploaded with
 * @param sha256 the file's SHA-256, in hex (the same file uploaded again has the same one)
 * @param size the file's size in bytes
 * @param headers the file's column names, in order
 * @param rowCount how many rows below the header row have anything in them
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param mapping the column chosen for each field (only fields with a column)
 * @param status where it stands
 * @param result what the import did (null until imported)
 * @param skippedErrors whether rows with errors were skipped when it was imported
 * @param importedBy who imported it
 * @param importedAt when it was imported
 */
public record TrackerImport(ImportId id, String fileName, String sha256, long size, List<String> headers,
        int rowCount, String uploadedBy, Instant uploadedAt, Map<ImportField, String> mapping, ImportStatus status,
        ImportResult result, boolean skippedErrors, String importedBy, Instant importedAt) {

    public TrackerImport {
        headers = List.copyOf(headers);
        mapping = Map.copyOf(mapping);
    }

    /** Whether it has been imported. */
    public boolean imported() {
        return status == ImportStatus.IMPORTED;
    }

    /** Its pages' common start. */
    public String path() {
        return "/recommendations/import/" + id;
    }
}
