package org.scrutineer.recommendations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.nio.file.Paths;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.platform.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class RecommendationsBrowserTests {

    @Autowired
    AccountManagement accounts;

    private static void switchTo(Page page, String username) {
        page.navigate("/");
        if (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).count() > 0) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        }
        signIn(page, username);
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    @Test
    void takesAReportFromDraftToSignOff(Page page) {
        String title = RecommendationsFixtures.uniqueTitle("Home to school transport");
        LocalDate today = LocalDate.now();

        // the scrutiny officer drafts the report and its recommendation
        switchTo(page, "scrutiny.officer");
        page.navigate("/recommendations/reports");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a report")).click();
        click(page, "Start the report");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the report's title");
        assertAccessible(page);
        page.getByLabel("Committee or review").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Children and Young People Overview and Scrutiny Committee"));
        page.getByLabel("Title").fill(title);
        page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true))
                .fill("Transport for children with special educational needs.");
        click(page, "Start the report");
        assertThat(page.locator("h1")).hasText(title);
        String reportUrl = page.url();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a recommendation")).click();
        assertAccessible(page);
        page.getByLabel("Recommendation", new Page.GetByLabelOptions().setExact(true))
                .fill("Publish the transport eligibility policy in plain English.");
        page.getByLabel("Portfolio").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(page.locator("#portfolioId option", new Page.LocatorOptions()
                        .setHasText("Children and Young People")).first().textContent()));
        click(page, "Save recommendation");
        assertThat(page.locator("#recommendations + ol")).containsText("plain English");
        String cabinetMember = accounts.principal("cabinet.member").orElseThrow().view().displayName();
        page.getByLabel(cabinetMember + " – cabinet member").check();
        click(page, "Share the draft");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The draft was shared");
        assertAccessible(page);
        page.getByText("Link a document").click();
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Appendix A: evidence heard");
        page.getByLabel("Web address").fill("democracy.anytown.gov.uk/appendix-a.pdf");
        click(page, "Add document");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a full web address");
        assertThat(page.getByLabel("Web address")).hasValue("democracy.anytown.gov.uk/appendix-a.pdf");
        assertAccessible(page);
        page.getByLabel("Web address").fill("https://democracy.anytown.gov.uk/appendix-a.pdf");
        click(page, "Add document");
        assertThat(page.locator("#documents")).containsText("Appendix A: evidence heard");

        // the cabinet member it was shared with comments on feasibility
        switchTo(page, "cabinet.member");
        page.navigate(reportUrl);
        page.getByLabel("Kind of comment").selectOption("FEASIBILITY");
        page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true)).fill("Feasible from September.");
        click(page, "Add comment");
        assertThat(page.locator("#comments")).containsText("Feasible from September.");

        // the committee agrees it and notice is served: the due date shows with its rule and citation
        switchTo(page, "scrutiny.officer");
        page.navigate(reportUrl);
        assertThat(page.locator("#comments")).containsText("Feasible from September.");
        page.getByLabel("Meeting").fill("Children and Young People O&S Committee, " + today);
        click(page, "Record agreement");
        assertThat(page.locator(".govuk-notification-banner")).containsText("agreement was recorded");
        click(page, "Serve notice");
        assertThat(page.locator("#response-due")).containsText("executive-response");
        assertThat(page.locator("#response-due")).containsText("Local Government Act 2000 s9FE");
        assertAccessible(page);

        // the chief officer drafts the response; a rejection without reasons is refused
        switchTo(page, "chief.officer");
        page.navigate(reportUrl + "/response");
        assertAccessible(page);
        page.getByLabel("Decision").selectOption("REJECTED");
        page.getByLabel("Proposed action").fill("Rewrite the policy with parents.");
        click(page, "Save the draft response");
        assertThat(page.locator(".govuk-error-summary")).containsText("enter the reasons it is rejected");
        assertThat(page.getByLabel("Proposed action")).hasValue("Rewrite the policy with parents.");
        assertAccessible(page);
        page.getByLabel("Decision").selectOption("ACCEPTED");
        page.getByLabel("Target date").fill(today.plusMonths(6).toString());
        click(page, "Save the draft response");
        assertThat(page.locator("#response-status")).containsText("awaiting approval");

        // the cabinet member approves it, which gives it
        switchTo(page, "cabinet.member");
        assertThat(page.locator(".council-attention-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Approve the executive response"))).not().hasCount(0);
        page.navigate(reportUrl + "/response");
        click(page, "Approve as cabinet member");
        assertThat(page.locator("#response-given")).containsText("On time");

        // the lead officer posts an update
        switchTo(page, "chief.officer");
        page.navigate(reportUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommendation 1")).click();
        assertAccessible(page);
        page.getByLabel("Status").selectOption("ON_TRACK");
        click(page, "Post update");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say what has been done");
        assertAccessible(page);
        page.getByLabel("Status").selectOption("ON_TRACK");
        page.getByLabel("What has been done").fill("Draft policy out to consultation.");
        click(page, "Post update");
        assertThat(page.locator(".council-timeline")).containsText("Draft policy out to consultation.");

        // the chair signs it off with its impact
        switchTo(page, "scrutiny.chair");
        page.navigate(reportUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommendation 1")).click();
        page.getByLabel("Outcome").selectOption("SIGNED_OFF");
        page.getByLabel("Impact note or comments").fill("Applications processed a month sooner.");
        click(page, "Record review");
        assertThat(page.locator("#stage")).hasText("Implemented (signed off)");
        assertAccessible(page);

        // published, it appears on the public pages
        switchTo(page, "scrutiny.officer");
        page.navigate(reportUrl);
        click(page, "Publish the report");
        page.navigate("/recommendations?q=" + title.replace(' ', '+'));
        assertThat(page.locator("table.council-tracker")).containsText("plain English");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.navigate("/public/recommendations");
        assertAccessible(page);
        page.navigate(reportUrl.replace("/recommendations/reports/", "/public/recommendations/reports/"));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main")).containsText("Applications processed a month sooner.");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-tests",
                "public-report.png")).setFullPage(true));
    }
}
