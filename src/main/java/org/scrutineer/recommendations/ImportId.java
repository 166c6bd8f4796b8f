package org.scrutineer.recommendations;

/** Identifies an uploaded spreadsheet tracker being imported. */
public record ImportId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
