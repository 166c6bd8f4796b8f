package org.scrutineer.recommendations.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.BrowserTest;
import org.scrutineer.platform.WithoutJavaScript;

@BrowserTest
class FiguresBrowserTests {

    @Test
    void showsACouncillorTheDemoCouncilsFiguresAsATableAndAnAccessibleChart(Page page) {
        signIn(page, "councillor");
        page.navigate("/recommendations/figures");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Recommendation figures");
        assertThat(page.locator("#figures")).containsText("Children and Young People Overview and Scrutiny Committee");
        assertThat(page.locator("#figures tbody tr").first()).containsText("All committees");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Responses on time and implementation rate by committee"))).isVisible();
        assertThat(page.locator("#trend")).isVisible();
        assertAccessible(page);
    }

    @Test
    @WithoutJavaScript
    void choosesTheMunicipalYearWithoutJavaScript(Page page) {
        signIn(page, "scrutiny.member");
        page.navigate("/recommendations/figures");
        String year = page.getByLabel("Municipal year").inputValue();

        page.getByLabel("Municipal year").selectOption(year);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();

        assertThat(page).hasURL(Pattern.compile("/recommendations/figures\\?year=" + year + "$"));
        assertThat(page.locator("#figures caption")).containsText("agreed in " + year + "/");
        assertThat(page.locator("svg[role=img]")).isVisible();
    }
}
