package org.scrutineer.recommendations;

/** Identifies a scrutiny report. */
public record ReportId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
