package org.scrutineer.recommendations;

/**
 * What an import did (or, in a preview, would do).
 *
 * @param reportsCreated new reports
 * @param reportsUpdated imported reports that changed
 * @param recommendationsCreated new recommendations
 * @param recommendationsUpdated recommendations that changed
 * @param rowsUnchanged rows whose recommendation is already as the file has it
 * @param rowsSkipped rows left out because they have errors
 */
public record ImportResult(int reportsCreated, int reportsUpdated, int recommendationsCreated,
        int recommendationsUpdated, int rowsUnchanged, int rowsSkipped) {

    /** Whether nothing was (or would be) created or changed. */
    public boolean nothingChanged() {
        return reportsCreated + reportsUpdated + recommendationsCreated + recommendationsUpdated == 0;
    }
}
