package org.scrutineer.recommendations;

/**
 * A problem with one row of an imported spreadsheet tracker.
 *
 * @param row the row's number in the file, as the spreadsheet program shows it
 * @param column the file's column the problem is in (null when it is about the whole row)
 * @param message what is wrong, e.g. "Committee 'Health Scrutiny' is not in the directory"
 */
public record ImportProblem(int row, String column, String message) {

    /** The problem as one line: "Row 17: Committee 'Health Scrutiny' is not in the directory". */
    public String text() {
        return "Row " + row + ": " + message;
    }
}
