package org.scrutineer.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.platform.BrowserTest;
import org.scrutineer.platform.WithoutJavaScript;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class MeetingsBrowserTests {

    private static final String CHILDREN = "Children and Young People Overview and Scrutiny Committee";

    @Autowired
    AccountManagement accounts;

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** An element by its id, which may hold dots and no brackets ("lines0.attendance"). */
    private static Locator byId(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    private static void schedule(Page page, LocalDate day, String place) {
        page.navigate("/meetings");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule a meeting")).click();
        page.getByLabel("Committee").selectOption(new SelectOption().setLabel(CHILDREN));
        page.getByLabel("Day").fill(Integer.toString(day.getDayOfMonth()));
        page.getByLabel("Month").fill(Integer.toString(day.getMonthValue()));
        page.getByLabel("Year").fill(Integer.toString(day.getYear()));
        page.getByLabel("Start time").fill("18:30");
        page.getByLabel("Place").fill(place);
        click(page, "Schedule the meeting");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The meeting was scheduled");
    }

    @Test
    void runsAMeetingFromItsAgendaToRecommendationsInTheTracker(Page page) {
        LocalDate today = LocalDate.now();
        String place = unique("Committee Room 1, Town Hall");
        String title = unique("Residential placements for looked-after children");
        String recommendation = unique("Publish a sufficiency strategy for residential placements");
        signIn(page, "scrutiny.officer");

        // the list, and a meeting form that refuses a half-typed date
        page.navigate("/meetings");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule a meeting")).click();
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("2");
        click(page, "Schedule the meeting");
        assertThat(page.locator(".govuk-error-summary")).containsText("The date of the meeting must be a real date");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the committee");
        assertThat(page.getByLabel("Day")).hasValue("31");
        assertAccessible(page);

        // scheduled for today, its agenda is already overdue
        schedule(page, today, place);
        String meetingUrl = page.url();
        assertThat(page.locator("#agenda-overdue")).containsText("agenda-publication");
        assertAccessible(page);

        // a private item: the paragraph is required, and what was typed stays
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an item")).click();
        assertAccessible(page);
        page.getByLabel("Title").fill(title);
        page.getByLabel("Aims and objectives").fill("Understand why placements are made out of the borough.");
        page.getByLabel("Key lines of questioning").fill("How many children are placed more than 20 miles away?");
        page.getByLabel("Cabinet portfolio").selectOption(new SelectOption().setLabel(
                page.locator("#portfolioId option", new Page.LocatorOptions().setHasText("Children and Young People"))
                        .first().textContent()));
        page.getByLabel("The item is taken in private").check();
        page.getByLabel("Why the public interest favours excluding the public (if in private)")
                .fill("The providers' prices would prejudice the council in the re-tender.");
        page.getByLabel("Summary for the public (if in private)").fill("The committee reviews the placements contract.");
        click(page, "Add the item");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the paragraph of Schedule 12A");
        assertThat(page.getByLabel("Title")).hasValue(title);
        assertThat(page.getByLabel("The item is taken in private")).isChecked();
        assertAccessible(page);
        page.getByLabel("Schedule 12A paragraph (if in private)").selectOption("3");
        click(page, "Add the item");
        assertThat(page.locator("#agenda ~ table")).containsText(title);
        assertThat(page.locator("#agenda ~ table")).containsText("Not for publication — Schedule 12A paragraph 3");

        // published today: late, with the rule and its citation
        click(page, "Publish the agenda");
        assertThat(page.locator("#agenda-late")).containsText("agenda-publication");
        assertThat(page.locator("#agenda-late")).containsText("Local Government Act 1972 s100B");
        assertAccessible(page);
        page.navigate("/meetings?when=upcoming&status=AGENDA_PUBLISHED");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(place))).containsText("Agenda published late");
        assertAccessible(page);
        page.navigate(meetingUrl);

        // the register, with a substitute for a member who sent apologies
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the register")).click();
        assertAccessible(page);
        int members = page.locator("input[type=radio][value=PRESENT]").count();
        for (int i = 0; i < members; i++) {
            byId(page, "lines" + i + ".attendance").check();
        }
        byId(page, "lines0.attendance-APOLOGIES").check();
        String councillor = accounts.principal("councillor").orElseThrow().view().displayName();
        byId(page, "substitutes0.personId").selectOption(new SelectOption().setLabel(councillor));
        byId(page, "substitutes0.substituteForId").selectOption(new SelectOption().setIndex(1));
        click(page, "Save the register");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The register was taken");
        assertThat(page.locator("#register + table")).containsText("Substitute for");
        assertThat(page.locator("#register + table")).containsText(councillor);

        // the item: a declaration, the minutes and the recommendations made on the day
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertAccessible(page);
        page.getByLabel("Member", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Kind of interest").selectOption("NON_REGISTRABLE");
        page.getByLabel("Nature of the interest").fill("A foster carer");
        page.getByLabel("Left the room for the item").check();
        click(page, "Record the declaration");
        assertThat(page.locator("#declarations")).containsText("A foster carer");
        page.getByLabel("Minutes", new Page.GetByLabelOptions().setExact(true))
                .fill("The committee heard from the Strategic Director.");
        click(page, "Save the minutes");
        assertThat(page.locator("#item-minutes")).containsText("Strategic Director");
        click(page, "Add another recommendation");
        assertThat(byId(page, "recommendations3.text")).isVisible();
        byId(page, "recommendations0.text").fill(recommendation);
        click(page, "Record the recommendations");
        assertThat(page.locator(".govuk-notification-banner")).containsText("recorded in the tracker");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("the scrutiny report agreed at the meeting"))
                .click();
        assertThat(page.locator("#recommendations + ol")).containsText(recommendation);

        // a councillor from outside the committee sees the item's title and summary, not its aims
        page.navigate(meetingUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        signIn(page, "councillor");
        page.navigate(meetingUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("#withheld")).containsText("The committee reviews the placements contract.");
        assertThat(page.locator("main")).not().containsText("placed more than 20 miles away");
        assertAccessible(page);
    }

    @Test
    @WithoutJavaScript
    void schedulesAMeetingAndAddsAnItemWithoutJavaScript(Page page) {
        signIn(page, "scrutiny.officer");
        assertThat(page.locator("body")).not().hasClass(Pattern.compile("js-enabled"));
        LocalDate day = LocalDate.now().plusDays(60);
        String title = unique("Youth services consultation");
        schedule(page, day, unique("Council Chamber"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an item")).click();
        page.getByLabel("Title").fill(title);
        page.getByLabel("Day").fill("40");
        click(page, "Add the item");
        assertThat(page.locator(".govuk-error-summary")).containsText("The date the aims were agreed must be a real date");
        assertThat(page.getByLabel("Title")).hasValue(title);
        page.getByLabel("Day").fill("");
        click(page, "Add the item");
        assertThat(page.locator("#agenda ~ table")).containsText(title);
        assertThat(page.locator("#agenda-deadline")).containsText("agenda-publication");
    }
}
