package org.scrutineer.forwardplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;

import java.nio.file.Paths;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.Actor;
import org.scrutineer.platform.BrowserTest;
import org.scrutineer.platform.WithoutJavaScript;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public forward plan in a browser: without JavaScript, the demo council's plan filtered by portfolio and key and
 * a decision called in; with it, the plan and decisions in each state (called in, reconsidered, in private, under
 * special urgency, referred to council) passing axe's WCAG 2.2 AA checks.
 */
@BrowserTest
class PublicForwardPlanBrowserTests {

    @Autowired
    ForwardPlanManagement forwardPlan;

    @Test
    @WithoutJavaScript
    void aResidentFiltersTheForwardPlanAndReadsADecisionCalledIn(Page page) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Key decisions the cabinet will take, decisions taken and call-in")).click();
        assertThat(page.locator("h1")).hasText("Forward plan of executive decisions");
        assertThat(page.locator("main")).containsText("Award of the highways maintenance term contract");
        assertThat(page.locator("main")).not().containsText("SEND) sufficiency strategy");

        page.getByLabel("Portfolio").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Transport and Highways"));
        page.getByLabel("Key decision").selectOption("true");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.locator("main")).containsText("Award of the highways maintenance term contract");
        assertThat(page.locator("main")).not().containsText("Home to school transport policy");
        assertThat(page.getByLabel("Portfolio")).hasValue(Long.toString(demo("evening parking").portfolio().id()));

        page.navigate("/public/forward-plan?month=" + forwardPlan.today().minusDays(3).toString().substring(0, 7)
                + "&q=evening+parking");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Introduction of evening parking charges in Eastgate town centre")).click();
        assertThat(page.locator("#call-in-status")).containsText("Called in");
        assertThat(page.locator("main")).containsText("Inadequate consultation");
        assertThat(page.locator("main")).containsText("Place and Economy Overview and Scrutiny Committee");
    }

    @Test
    void theForwardPlanAndDecisionsInEveryStatePassAxe(Page page) {
        page.navigate("/public/forward-plan");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-tests",
                "public-forward-plan.png")).setFullPage(true));
        page.navigate("/public/forward-plan/" + demo("evening parking").id());
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-tests",
                "public-decision-called-in.png")).setFullPage(true));
        page.navigate("/public/forward-plan/" + demo("garden waste").id());
        assertThat(page.locator("main")).containsText("Reconsidered");
        assertAccessible(page);
        page.navigate("/public/forward-plan/" + demo("temporary accommodation").id());
        assertThat(page.locator("main")).containsText("Schedule 12A, paragraph 3");
        assertThat(page.locator("main")).containsText("Notices of a private meeting");
        assertThat(page.locator("main")).containsText("Its record will be published here");
        assertAccessible(page);
        page.navigate("/public/forward-plan/" + demo("sea wall").id());
        assertThat(page.locator("#call-in-status")).containsText("exempt from call-in");
        assertThat(page.locator("main")).containsText("Special urgency");
        assertAccessible(page);
        page.navigate("/public/forward-plan/" + demo("Kingsmead").id());
        assertThat(page.locator("main")).containsText("Referred to full council");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-tests",
                "public-decision-referred.png")).setFullPage(true));
    }

    private ExecutiveDecision demo(String words) {
        return forwardPlan.forwardPlan(Actor.SYSTEM, null, LocalDate.of(2000, 1, 1), null, null, null, null, words, 1,
                50).items().stream().min(java.util.Comparator.comparingLong(d -> d.id().value())).orElseThrow();
    }
}
