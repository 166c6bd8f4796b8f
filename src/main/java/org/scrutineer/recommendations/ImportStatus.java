package org.scrutineer.recommendations;

/** Where an uploaded spreadsheet tracker stands. */
public enum ImportStatus {
    /** Uploaded; its columns have not been confirmed. */
    UPLOADED("Uploaded"),
    /** Its columns are mapped to the tracker's fields: ready to preview and import. */
    MAPPED("Columns mapped"),
    /** Imported. */
    IMPORTED("Imported");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
