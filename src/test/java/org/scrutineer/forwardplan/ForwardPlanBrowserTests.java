package org.scrutineer.forwardplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The acceptance test: a notice published 30 days ahead; the decision taken and recorded; a call-in with too
 * few signatories refused with the rule named; with enough, the decision suspended; the committee refers it back;
 * the reconsidered decision takes effect. Every kind of page is checked by axe on the way.
 */
@BrowserTest
class ForwardPlanBrowserTests {

    @Autowired
    DirectoryManagement directory;

    @Autowired
    ForwardPlanManagement forwardPlan;

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private static com.microsoft.playwright.Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void takesADecisionFromNoticeThroughCallInToReconsideration(Page page) {
        LocalDate today = forwardPlan.today();
        String matter = "Closure of the Eastgate day centre " + UUID.randomUUID().toString().substring(0, 8);
        List<Long> signatories = ForwardPlanFixtures.signatories(directory, 3);
        String committee = Long.toString(ForwardPlanFixtures.scrutinyCommittee(directory));

        signIn(page, "scrutiny.officer");
        page.navigate("/forward-plan");
        assertAccessible(page);

        // planned through the form: a refusal first, with the error summary
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan a decision")).click();
        assertAccessible(page);
        click(page, "Plan the decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the matter to be decided");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the decision is a key decision");
        assertAccessible(page);
        label(page, "Matter to be decided").fill(matter);
        label(page, "Cabinet").check();
        label(page, "Portfolio").selectOption(new SelectOption().setIndex(1));
        label(page, "Date the decision is expected to be taken").fill(today.minusDays(10).toString());
        label(page, "Yes").check();
        label(page, "Expenditure above the council's threshold").check();
        label(page, "Expenditure or saving, in pounds").fill("£2,400,000");
        click(page, "Plan the decision");
        assertThat(page.locator("h1")).hasText(matter);
        assertAccessible(page);

        // the notice published 30 days ahead of the decision
        page.getByText("Publish the notice on the forward plan").click();
        label(page, "Date the notice was published").fill(today.minusDays(40).toString());
        click(page, "Publish the notice");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("is on the forward plan");
        assertThat(page.locator("#notice")).containsText("Published on");
        assertThat(page.locator("#notice")).containsText("key-decision-notice");

        // the decision taken and recorded, then its record published: the call-in window opens
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertAccessible(page);
        label(page, "Decision").fill("Close the day centre and move its services to the Northfield hub.");
        label(page, "Reasons for the decision").fill("Falling attendance and the cost of repairs.");
        label(page, "Alternative options considered and rejected").fill("Repair the building; sell it to a charity.");
        click(page, "Record the decision");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("The decision was recorded");
        assertThat(page.locator("#record")).containsText("Falling attendance");
        label(page, "Date the record was published").fill(today.minusDays(1).toString());
        click(page, "Publish the record");
        assertThat(page.locator("#call-in-status")).containsText("Subject to call-in until");
        assertAccessible(page);

        // a call-in with too few signatories is refused, naming the constitution's rule
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Call in the decision")).click();
        assertAccessible(page);
        label(page, "Alternatives not considered").check();
        page.locator("#explanation").fill("Keeping the centre open with a community partner was not appraised.");
        page.locator("#signatoryIds").selectOption(new String[] {signatories.get(1).toString(),
                signatories.get(2).toString()});
        page.locator("#committeeId").selectOption(committee);
        click(page, "Call in the decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("The constitution's call-in rule needs the chair "
                + "of an overview and scrutiny committee and 2 other non-executive councillors (3 in all)");
        assertThat(page.locator("#explanation")).hasValue(
                "Keeping the centre open with a community partner was not appraised.");
        assertAccessible(page);

        // with enough it suspends the decision
        page.locator("#signatoryIds").selectOption(signatories.stream().map(String::valueOf).toArray(String[]::new));
        click(page, "Call in the decision");
        assertThat(page.locator("#call-in-status")).hasText("Called in: implementation suspended until the committee "
                + "decides");
        assertThat(page.locator("#call-in")).containsText("Alternatives not considered");
        assertAccessible(page);

        // the committee refers it back (its concerns are needed), and the decision maker reconsiders: it takes effect
        label(page, "Referred back to the decision maker with concerns").check();
        click(page, "Record the committee’s decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the committee's concerns");
        assertThat(label(page, "Referred back to the decision maker with concerns")).isChecked();
        assertAccessible(page);
        page.locator("#concerns").fill("Appraise the community partner option before closing the centre.");
        click(page, "Record the committee’s decision");
        assertThat(page.locator("#call-in-status")).hasText("Referred back to the decision maker: implementation "
                + "suspended");
        assertThat(page.locator("#reconsideration-status")).containsText("Due by");
        label(page, "The decision, confirmed or amended").fill(
                "Close the day centre, with the community partner running a weekly drop-in at Northfield.");
        click(page, "Record the reconsidered decision");
        assertThat(page.locator("#call-in-status")).hasText("Effective");
        assertThat(page.locator("#reconsideration-status")).containsText("weekly drop-in");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-tests",
                "forward-plan-decision.png")).setFullPage(true));

        // it shows as effective on the forward plan, and the reg 19 report page passes axe
        page.navigate("/forward-plan?month=all&q=" + matter.replace(' ', '+'));
        assertThat(page.locator("table.council-forward-plan")).containsText("Effective");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-tests",
                "forward-plan.png")).setFullPage(true));
        page.navigate("/forward-plan/special-urgency");
        assertAccessible(page);
    }
}
