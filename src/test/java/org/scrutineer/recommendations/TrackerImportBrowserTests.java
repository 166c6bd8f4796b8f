package org.scrutineer.recommendations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;
import static org.scrutineer.recommendations.TrackerImportFixtures.row;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.BrowserTest;
import org.scrutineer.platform.WithoutJavaScript;

/**
 * A scrutiny officer imports a spreadsheet tracker in a browser: every page checked by axe, and the same steps with
 * JavaScript turned off (axe needs JavaScript, so that walk is not checked by it).
 */
@BrowserTest
class TrackerImportBrowserTests {

    static final String PLACE = "Place and Economy Overview and Scrutiny Committee";

    @Test
    void importsATrackerStepByStepSkippingTheRowWithAnErrorOnAccessiblePages(Page page) {
        String prefix = TrackerImportFixtures.uniquePrefix();
        byte[] file = TrackerImportFixtures.csv(List.of(
                row(prefix + "(25/26)01", "Library opening hours", PLACE, "02/07/2025", "1",
                        "Open the central library on Sundays", "Regeneration and Economy"),
                row(prefix + "(25/26)01", "Library opening hours", PLACE, "02/07/2025", "2",
                        "Extend the mobile library to the new estates", "Regeneration and Economy"),
                row(prefix + "(25/26)02", "Adult day services", "Health Scrutiny", "09/07/2025", "1",
                        "Keep the day centres open", "Adult Social Care and Health")));
        signIn(page, "scrutiny.officer");

        page.navigate("/recommendations/import");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and continue")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select a CSV or Excel (.xlsx) file");
        assertAccessible(page);

        page.getByLabel("Upload the tracker").setInputFiles(new FilePayload("tracker.csv", "text/csv", file));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and continue")).click();
        assertThat(page.locator("h1")).hasText("Which column holds what");
        assertThat(page.getByLabel("Committee", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Origin Committee");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to the preview")).click();
        assertThat(page.locator("h1")).hasText("Check the import");
        assertThat(page.locator("#problems + table")).containsText(
                "Row 4: Committee 'Health Scrutiny' is not in the directory");
        assertThat(page.locator("#summary-recommendations")).hasText("2 new, 0 changed, 0 unchanged");
        assertThat(page.locator(".govuk-inset-text")).containsText("no tracked deadline");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 rows")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("1 row has errors");
        assertAccessible(page);

        page.getByLabel("Skip the 1 row with errors and import the rest").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 rows")).click();
        assertThat(page.locator("h1")).hasText("Tracker imported");
        assertThat(page.locator("#result-recommendations")).containsText("2 created");
        assertThat(page.locator("#result-skipped")).hasText("1");
        assertAccessible(page);
    }

    @Test
    @WithoutJavaScript
    void importsATrackerWithoutJavaScript(Page page) {
        String prefix = TrackerImportFixtures.uniquePrefix();
        byte[] file = TrackerImportFixtures.csv(List.of(
                row(prefix + "(25/26)01", "Library opening hours", PLACE, "02/07/2025", "1",
                        "Open the central library on Sundays", "Regeneration and Economy"),
                row(prefix + "(25/26)01", "Library opening hours", PLACE, "02/07/2025", "2",
                        "Extend the mobile library to the new estates", "Regeneration and Economy"),
                row(prefix + "(25/26)02", "Adult day services", "Health Scrutiny", "09/07/2025", "1",
                        "Keep the day centres open", "Adult Social Care and Health")));
        signIn(page, "scrutiny.officer");
        assertThat(page.locator("body")).not().hasClass(java.util.regex.Pattern.compile("js-enabled"));

        page.navigate("/recommendations/import");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and continue")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select a CSV or Excel (.xlsx) file");

        page.getByLabel("Upload the tracker").setInputFiles(new FilePayload("tracker.csv", "text/csv", file));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and continue")).click();
        assertThat(page.locator("h1")).hasText("Which column holds what");
        assertThat(page.getByLabel("Committee", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Origin Committee");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to the preview")).click();
        assertThat(page.locator("h1")).hasText("Check the import");
        assertThat(page.locator("#problems + table")).containsText(
                "Row 4: Committee 'Health Scrutiny' is not in the directory");
        assertThat(page.locator("#summary-recommendations")).hasText("2 new, 0 changed, 0 unchanged");
        assertThat(page.locator(".govuk-inset-text")).containsText("no tracked deadline");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 rows")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("1 row has errors");

        page.getByLabel("Skip the 1 row with errors and import the rest").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 rows")).click();
        assertThat(page.locator("h1")).hasText("Tracker imported");
        assertThat(page.locator("#result-recommendations")).containsText("2 created");
        assertThat(page.locator("#result-skipped")).hasText("1");
    }
}
