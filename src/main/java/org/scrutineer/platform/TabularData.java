package org.scrutineer.platform;

import java.util.List;

/**
 * The contents of a spreadsheet as a person sees them: a header row and the rows beneath it, every cell a string.
 * Read by {@link TabularFiles#read(byte[], String)}.
 * <p>
 * Every row has exactly as many cells as there are headers; a missing cell is the empty string. Fully blank rows
 * are left out, but {@link #rowNumbers()} keeps each row's number in the file, so a problem can be reported as
 * "row 17" and found there.
 *
 * @param headers    the column names, unique (ignoring case) and never blank
 * @param rows       the rows below the header row, blank rows left out
 * @param rowNumbers for each row, its 1-based row number in the file; the header row comes before them all
 */
public record TabularData(List<String> headers, List<List<String>> rows, List<Integer> rowNumbers) {

    /** Copies the lists, and checks that there is one row number per row and one cell per header in each row. */
    public TabularData {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        rowNumbers = List.copyOf(rowNumbers);
        if (rowNumbers.size() != rows.size()) {
            throw new IllegalArgumentException(rows.size() + " rows but " + rowNumbers.size() + " row numbers");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != headers.size()) {
                throw new IllegalArgumentException("Row " + rowNumbers.get(i) + " has " + rows.get(i).size()
                        + " cells for " + headers.size() + " headers");
            }
        }
    }

    /** The 1-based row number in the file of the row at {@code index} (0-based) in {@link #rows()}. */
    public int rowNumber(int index) {
        return rowNumbers.get(index);
    }
}
