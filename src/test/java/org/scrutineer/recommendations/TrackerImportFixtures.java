package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.platform.TabularFiles;

/** Spreadsheet trackers as councils keep them, for import tests. */
public final class TrackerImportFixtures {

    /** A council tracker's columns, named as York's and Stockton's published trackers name them. */
    public static final List<String> HEADERS = List.of("Ref", "Report title", "Origin Committee", "Date",
            "Rec No", "Recommendation", "Portfolio", "Executive Date", "Response date", "Executive Response",
            "Reasons", "Action taken", "Lead Member", "Lead Officer", "Target date", "RAG status", "Last updated");

    private TrackerImportFixtures() {
    }

    /** A reference prefix no other test uses: four capital letters. */
    public static String uniquePrefix() {
        Random random = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            s.append((char) ('A' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** A row for {@link #HEADERS}; missing cells at the end are empty. */
    public static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(Arrays.asList(cells));
        while (row.size() < HEADERS.size()) {
            row.add(null);
        }
        return row;
    }

    /** The rows as a CSV file. */
    public static byte[] csv(List<List<Object>> rows) {
        List<List<String>> text = new ArrayList<>();
        for (List<Object> row : rows) {
            text.add(row.stream().map(c -> c == null ? "" : c.toString()).toList());
        }
        return TabularFiles.csv(HEADERS, text);
    }

    /** The rows as an Excel workbook, dates as real date cells. */
    public static byte[] xlsx(List<List<Object>> rows) {
        return TabularFiles.xlsx("Tracker", HEADERS, rows);
    }

    /** The demo scrutiny officer, as the facade sees them. */
    public static Actor scrutinyOfficer(AccountManagement accounts) {
        return Actor.of(accounts.principal("scrutiny.officer").orElseThrow().view());
    }
}
