package org.scrutineer.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.BrowserTest;
import org.scrutineer.platform.WithoutJavaScript;

@BrowserTest
class DirectoryBrowserTests {

    @Test
    void findsAPersonByNameAndRecordsAChangeToTheirPostInTheirHistory(Page page) {
        signIn(page, "admin");
        page.navigate("/directory");
        assertThat(heading(page)).hasText("Directory");
        assertAccessible(page);

        page.getByLabel("Find a person by name").fill("Marsh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page).hasURL(Pattern.compile("/directory/people\\?name=Marsh"));
        assertThat(page.locator("#result-count")).containsText("1 person found");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Helen Marsh")).click();
        assertThat(heading(page)).hasText("Helen Marsh");
        assertThat(summaryValue(page, "Post")).hasText("Chief Executive");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit Helen Marsh")).click();
        assertThat(heading(page)).hasText("Edit Helen Marsh");
        assertAccessible(page);
        page.getByLabel("Post title").fill("Chief Executive and Head of Paid Service");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page).hasURL(Pattern.compile("/directory/people/\\d+$"));
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your changes to Helen Marsh were saved.");
        assertThat(summaryValue(page, "Post")).hasText("Chief Executive and Head of Paid Service");
        Locator latest = history(page).locator("tbody tr").first();
        assertThat(latest).containsText("admin");
        assertThat(latest).containsText("Changed");
        assertThat(latest.locator("del")).hasText("Chief Executive");
        assertThat(latest).containsText("Chief Executive and Head of Paid Service");
        assertAccessible(page);
    }

    @Test
    void pagesThroughEveryoneInTheDirectory(Page page) {
        signIn(page, "admin");
        page.navigate("/directory/people");
        Locator pages = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages of people"));
        assertThat(pages).containsText(Pattern.compile("Page 1 of [2-9]"));
        assertThat(page.locator("tbody tr")).hasCount(25);
        assertAccessible(page);

        pages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page")).click();
        assertThat(pages).containsText(Pattern.compile("Page 2 of [2-9]"));
        assertThat(pages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Previous page")))
                .isVisible();
        assertAccessible(page);
    }

    @Test
    void pointsFromTheErrorSummaryToEachFieldOfAnEmptyNewPerson(Page page) {
        signIn(page, "admin");
        page.navigate("/directory/people");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person")).click();
        assertThat(heading(page)).hasText("Add a person");

        Response response = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click());
        assertThat(response.status()).isEqualTo(200);

        assertThat(page).hasTitle(Pattern.compile("^Error: Add a person"));
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isFocused();
        Locator problems = summary.getByRole(AriaRole.LINK);
        assertThat(problems).hasText(new String[] {
                "Select whether the person is a councillor, officer or external witness",
                "Enter a given name",
                "Enter a family name"});
        for (Locator problem : problems.all()) {
            String target = problem.getAttribute("href");
            assertThat(page.locator(target)).hasCount(1);
        }
        assertThat(page.locator("#givenName-error")).containsText("Enter a given name");
        assertAccessible(page);

        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Enter a given name")).click();
        assertThat(page.getByLabel("Given name")).isFocused();
    }

    @Test
    void browsesCommitteesPortfoliosAndTheCouncil(Page page) {
        signIn(page, "admin");
        page.navigate("/directory/committees");
        assertThat(heading(page)).hasText("Committees");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Children and Young People Overview and Scrutiny Committee")).click();
        assertThat(heading(page)).hasText("Children and Young People Overview and Scrutiny Committee");
        Locator members = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Members"));
        Locator chair = members.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Cllr Mohammed Johal"));
        assertThat(chair).containsText("Chair");
        assertThat(members).containsText("Canon Mary Ashworth");
        assertThat(members.locator("tbody tr")).hasCount(11);
        assertAccessible(page);

        page.navigate("/directory/portfolios");
        assertThat(heading(page)).hasText("Cabinet portfolios");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Housing").setExact(true)).click();
        assertThat(heading(page)).hasText("Housing");
        assertThat(summaryValue(page, "Lead chief officer")).hasText("Deborah Whitfield");
        assertThat(summaryValue(page, "Directorate")).hasText("Environment and Housing");
        assertAccessible(page);

        page.navigate("/directory/council");
        assertThat(heading(page)).hasText("Anytown Borough Council");
        assertAccessible(page);
    }

    @Test
    void showsCommitteesAndTheirMembersToThePublic(Page page) {
        page.navigate("/public/committees");
        assertThat(heading(page)).hasText("Committees");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cabinet").setExact(true)).click();
        assertThat(heading(page)).containsText("Cabinet");
        assertThat(page.locator("main")).containsText("Cllr James Fletcher");
        assertAccessible(page);
    }

    @Test
    void offersAScrutinyMemberNoWayToChangeTheDirectory(Page page) {
        signIn(page, "scrutiny.member");
        page.navigate("/directory/people");
        assertThat(heading(page)).hasText("People");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person"))).hasCount(0);

        page.navigate("/directory/people/1");
        assertThat(heading(page)).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Edit"))))
                .hasCount(0);

        Response response = page.navigate("/directory/people/1/edit");
        assertThat(response.status()).isEqualTo(403);
        assertThat(heading(page)).hasText("You do not have permission to see this page");
        assertThat(page.locator(".council-header")).containsText("Signed in as");
        assertThat(page.locator("#navigation")).containsText("Directory");
        assertAccessible(page);
    }

    @Test
    @WithoutJavaScript
    void editsAPersonWithoutJavaScript(Page page) {
        signIn(page, "admin");
        assertThat(page.locator("body")).not().hasClass(Pattern.compile("js-enabled"));

        page.navigate("/directory/people");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Delgado");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rosa Delgado")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit Rosa Delgado")).click();
        page.getByLabel("Post title").fill("Senior Performance Analyst");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Your changes to Rosa Delgado were saved.");
        assertThat(summaryValue(page, "Post")).hasText("Senior Performance Analyst");
        assertThat(history(page).locator("tbody tr").first()).containsText("Senior Performance Analyst");
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator summaryValue(Page page, String key) {
        return page.locator(".govuk-summary-list__row:has(> dt:text-is(\"" + key + "\")) > dd");
    }

    private static Locator history(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("History"));
    }
}
