package org.scrutineer.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.platform.BrowserTest;

@BrowserTest
class AuditBrowserTests {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "monitoring.officer"})
    void verifiesThatTheWholeHistoryIsIntact(String username, Page page) {
        signIn(page, username);
        page.locator("#navigation").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Audit history")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Audit history");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Audit entries"))
                .locator("tbody tr").first()).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the whole history")).click();

        assertThat(page.locator("#verification"))
                .hasText(Pattern.compile("The history is intact:\\s+[1-9]\\d*\\s+entries checked\\."));
        assertAccessible(page);
    }
}
