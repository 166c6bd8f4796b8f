package org.scrutineer.recommendations;

import java.util.List;

/**
 * What importing one row of a spreadsheet tracker will do.
 *
 * @param row the row's number in the file
 * @param reference the report's reference as the file has it
 * @param number the recommendation's number (null when it could not be read)
 * @param action whether it creates, changes or leaves alone a recommendation, or has errors
 * @param newReport whether the row's report will be created
 * @param changes the fields that change, for a changed recommendation (and its report)
 * @param summary the start of the recommendation's text
 */
public record ImportRow(int row, String reference, Integer number, Action action, boolean newReport,
        List<String> changes, String summary) {

    public ImportRow {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** What happens to a row's recommendation. */
    public enum Action {
        CREATE("New"),
        UPDATE("Changed"),
        UNCHANGED("Unchanged"),
        ERROR("Has errors");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
