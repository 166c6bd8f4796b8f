package org.scrutineer.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.platform.BrowserTest;

@BrowserTest
class SignInBrowserTests {

    private static final List<String> EVERYONE_SEES = List.of("Home", "Directory", "Your account");
    private static final String SIGNED_IN_USERS_DO_NOT_SEE = "Sign in";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # username                 | greeted as          | roles                                        | also sees               | does not see
            scrutiny.officer           | Laura Kennedy       | Scrutiny officer, Officer                    | -                       | Audit history, Accounts
            statutory.scrutiny.officer | Jonathan Pryce      | Scrutiny officer, Officer                    | -                       | Audit history, Accounts
            scrutiny.chair             | Cllr Mohammed Johal | Scrutiny chair, Scrutiny member, Councillor  | -                       | Audit history, Accounts
            scrutiny.member            | Cllr Arjun Morgan   | Scrutiny member, Councillor                  | -                       | Audit history, Accounts
            councillor                 | Cllr Fatima Reid    | Councillor                                   | -                       | Audit history, Accounts
            cabinet.member             | Cllr Samuel Doyle   | Cabinet member, Councillor                   | -                       | Audit history, Accounts
            leader                     | Cllr James Fletcher | Leader, Cabinet member, Councillor           | -                       | Audit history, Accounts
            chief.officer              | Richard Okoye       | Chief officer, Officer                       | -                       | Audit history, Accounts
            monitoring.officer         | Catherine Adeyemi   | Monitoring officer, Chief officer, Officer   | Audit history           | Accounts
            chief.executive            | Helen Marsh         | Head of paid service, Chief officer, Officer | -                       | Audit history, Accounts
            admin                      | admin               | Administrator                                | Audit history, Accounts | -
            """)
    void greetsEachDemoUserWithTheirRolesAttentionAndNavigation(String username, String name, String roles,
            String alsoSees, String doesNotSee, Page page) {
        signIn(page, username);

        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Hello, " + name);
        assertThat(page.locator("#your-roles strong").allTextContents())
                .containsExactlyInAnyOrderElementsOf(list(roles));
        assertThat(page.locator("#attention")).hasText("Needs your attention");

        List<String> navigation = page.locator("#navigation li").allInnerTexts().stream().map(String::strip).toList();
        List<String> expected = new ArrayList<>(EVERYONE_SEES);
        expected.addAll(list(alsoSees));
        List<String> unexpected = new ArrayList<>(list(doesNotSee));
        unexpected.add(SIGNED_IN_USERS_DO_NOT_SEE);
        assertThat(navigation).containsAll(expected).doesNotContainAnyElementsOf(unexpected);
        assertAccessible(page);

        // Every entry the navigation offers is a page the user may see.
        for (Locator link : page.locator("#navigation a").all()) {
            String href = link.getAttribute("href");
            assertThat(page.request().get(href).status()).as("status of %s for %s", href, username).isEqualTo(200);
        }

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/\\?signedOut$"));
        assertThat(page.getByText("You have signed out.")).isVisible();
        assertThat(page.locator("#navigation")).containsText("Sign in");
        page.navigate("/directory");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void foldsTheNavigationBehindAMenuButtonOnANarrowScreen(Page page) {
        page.setViewportSize(375, 812);
        signIn(page, "admin");

        Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        Locator accounts = page.locator("#navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Accounts"));
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(accounts).isHidden();

        menu.click();
        assertThat(menu).hasAttribute("aria-expanded", "true");
        accounts.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Accounts");
    }

    @Test
    void explainsAWrongPasswordWithAnErrorSummary(Page page) {
        page.navigate("/login");
        assertThat(page).hasTitle(Pattern.compile("^Sign in"));
        assertAccessible(page);

        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("chief.officer");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page).hasURL(Pattern.compile("/login\\?error=wrong$"));
        assertThat(page).hasTitle(Pattern.compile("^Error: Sign in"));
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(summary).isFocused();
        Locator problem = summary.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("The username or password is not right"));
        assertThat(problem).hasAttribute("href", "#username");
        assertThat(page.locator("#username-error")).containsText("The username or password is not right");
        assertAccessible(page);

        problem.click();
        assertThat(page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))).isFocused();
    }

    @Test
    void welcomesAnonymousVisitorsOnThePublicHomePage(Page page) {
        page.navigate("/");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Overview and scrutiny at Anytown Borough Council");
        assertThat(page.getByText("Children and Young People Overview and Scrutiny Committee")).isVisible();
        assertThat(page.locator("#navigation")).containsText("Sign in");
        assertThat(page.locator("#navigation")).not().containsText("Your account");
        assertAccessible(page);
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
