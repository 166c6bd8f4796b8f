package org.scrutineer.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.platform.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5's acceptance test, through the pages in a real browser: the scrutiny officer schedules a meeting and an
 * item with aims and requires a cabinet member to attend; the cabinet member proposes an officer as substitute; the
 * chair refuses with a reason; the cabinet member confirms; the register is taken; a recommendation made on the day
 * appears in the tracker. axe checks each kind of page on the way.
 */
@BrowserTest
class MeetingsAcceptanceBrowserTests {

    private static final String CHILDREN = "Children and Young People Overview and Scrutiny Committee";
    private static final Pattern REQUEST_ANCHOR = Pattern.compile("#r(\\d+)$");

    @Autowired
    AccountManagement accounts;

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private CurrentUser user(String username) {
        return accounts.principal(username).orElseThrow().view();
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private static void switchTo(Page page, String username) {
        page.navigate("/");
        if (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).count() > 0) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        }
        signIn(page, username);
    }

    private static Locator banner(Page page) {
        return page.locator(".govuk-notification-banner");
    }

    /** An element by its id, which may hold dots ("lines0.attendance"). */
    private static Locator byId(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    @Test
    void requiresACabinetMemberWhoseSubstituteTheChairRefusesAndRecordsARecommendationMadeOnTheDay(Page page) {
        LocalDate today = LocalDate.now();
        String place = unique("Committee Room 2, Town Hall");
        String title = unique("Waiting times for children's mental health services");
        String aims = "Understand why waits for a first appointment have doubled and what the plan is to reduce them.";
        String recommendation = unique("Publish monthly waiting times for children's mental health services");
        CurrentUser cabinetMember = user("cabinet.member");
        CurrentUser director = user("chief.officer");
        String refusal = "The committee's questions are about the cabinet member's own decisions on funding.";

        // --- the scrutiny officer schedules the meeting, for today, and an item with its aims ---------------------
        switchTo(page, "scrutiny.officer");
        page.navigate("/meetings");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule a meeting")).click();
        assertAccessible(page);
        page.getByLabel("Committee").selectOption(new SelectOption().setLabel(CHILDREN));
        page.getByLabel("Day").fill(Integer.toString(today.getDayOfMonth()));
        page.getByLabel("Month").fill(Integer.toString(today.getMonthValue()));
        page.getByLabel("Year").fill(Integer.toString(today.getYear()));
        page.getByLabel("Start time").fill("18:30");
        page.getByLabel("Place").fill(place);
        click(page, "Schedule the meeting");
        assertThat(banner(page)).containsText("The meeting was scheduled");
        String meetingUrl = page.url();
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an item")).click();
        assertAccessible(page);
        page.getByLabel("Title").fill(title);
        page.getByLabel("Purpose").fill("To question the cabinet member on waiting times.");
        page.getByLabel("Aims and objectives").fill(aims);
        page.getByLabel("Key lines of questioning").fill("Why have waits doubled?\nWhen will they fall?");
        page.getByLabel("Day").fill(Integer.toString(today.minusDays(10).getDayOfMonth()));
        page.getByLabel("Month").fill(Integer.toString(today.minusDays(10).getMonthValue()));
        page.getByLabel("Year").fill(Integer.toString(today.minusDays(10).getYear()));
        page.getByLabel("Agreed with (if they have been)").fill("The cabinet member and the Strategic Director");
        page.getByLabel("Cabinet portfolio").selectOption(new SelectOption().setLabel(
                page.locator("#portfolioId option", new Page.LocatorOptions().setHasText("Children and Young People"))
                        .first().textContent()));
        click(page, "Add the item");
        assertThat(page.locator("#agenda ~ table")).containsText(title);

        // published today, so the notice to attend will be short notice
        click(page, "Publish the agenda");
        assertThat(page.locator("#agenda-late")).containsText("agenda-publication");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        String itemUrl = page.url();
        assertThat(page.locator("#item-aims")).containsText(aims);
        assertAccessible(page);

        // --- the cabinet member for the portfolio is invited by default; the officer requires them instead ---------
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who is required or invited to attend"))
                .click();
        String attendanceUrl = page.url();
        awaitText(page, "#requests ~ section", cabinetMember.displayName());
        assertThat(page.locator("main")).containsText("invitation to attend");
        assertAccessible(page);
        page.getByLabel("Require them to attend").check();
        page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true))
                .selectOption(Long.toString(cabinetMember.personId().value()));
        page.getByLabel("What they are asked to address").fill("The rise in waiting times and the plan to reduce them.");
        click(page, "Ask them to attend");
        assertThat(banner(page)).containsText(cabinetMember.displayName() + " was required to attend");
        Matcher anchor = REQUEST_ANCHOR.matcher(page.url());
        assertThat(anchor.find()).as("the page shows the new request: %s", page.url()).isTrue();
        String requestUrl = "/attendance/requests/" + anchor.group(1);
        Locator request = page.locator("#r" + anchor.group(1));
        assertThat(request).containsText("requirement to attend");
        click(page, "Send the notice to " + cabinetMember.displayName());
        assertThat(banner(page)).containsText("short notice");
        assertAccessible(page);

        // --- the cabinet member proposes the director as their substitute -------------------------------------------
        switchTo(page, "cabinet.member");
        page.navigate("/attendance");
        assertAccessible(page);
        page.navigate(requestUrl);
        assertThat(page.locator("h1")).containsText(cabinetMember.displayName());
        assertAccessible(page);
        page.getByLabel("Propose someone else to attend").check();
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true))
                .fill("The Strategic Director runs the service day to day.");
        page.getByLabel("Proposed substitute").selectOption(Long.toString(director.personId().value()));
        click(page, "Record the reply");
        assertThat(banner(page)).containsText("the chair of the committee decides");

        // --- the chair refuses the substitute, with the reason ------------------------------------------------------
        switchTo(page, "scrutiny.chair");
        page.navigate("/attendance");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(director.displayName() + " for " + cabinetMember.displayName())).click();
        page.getByLabel("Refuse: " + cabinetMember.displayName() + " is asked to attend").check();
        click(page, "Record the decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the substitute is refused");
        assertAccessible(page);
        page.getByLabel("Reasons", new Page.GetByLabelOptions().setExact(true)).fill(refusal);
        page.getByLabel("Refuse: " + cabinetMember.displayName() + " is asked to attend").check();
        click(page, "Record the decision");
        assertThat(banner(page)).containsText("The substitute was refused");

        // --- the cabinet member confirms -----------------------------------------------------------------------------
        switchTo(page, "cabinet.member");
        page.navigate(requestUrl);
        page.getByLabel("Confirm attendance").check();
        click(page, "Record the reply");
        assertThat(banner(page)).containsText("Attendance was confirmed");
        assertThat(page.locator("#state")).containsText("Confirmed");
        assertThat(page.locator("main")).containsText(refusal);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the notice to print it")).click();
        assertThat(page.locator("main")).containsText(aims);
        assertAccessible(page);

        // --- on the day: the register of members and the witness register --------------------------------------------
        switchTo(page, "scrutiny.officer");
        page.navigate(attendanceUrl);
        assertThat(page.locator("#r" + anchor.group(1))).containsText("Confirmed");
        page.navigate(meetingUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the register")).click();
        assertAccessible(page);
        int members = page.locator("input[type=radio][value=PRESENT]").count();
        assertThat(members).isPositive();
        for (int i = 0; i < members; i++) {
            byId(page, "lines" + i + ".attendance").check();
        }
        click(page, "Save the register");
        assertThat(banner(page)).containsText("The register was taken");
        assertThat(page.locator("#register + table")).containsText(user("scrutiny.chair").displayName());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Witness register").setExact(true)).click();
        Locator present = page.locator("#present-" + anchor.group(1));
        present.check();
        click(page, "Save the register");
        assertThat(banner(page)).containsText("The witness register was saved");
        assertThat(page.locator("#present-" + anchor.group(1))).isChecked();
        assertAccessible(page);

        // --- a recommendation made on the day goes to the tracker ---------------------------------------------------
        page.navigate(itemUrl);
        byId(page, "recommendations0.text").fill(recommendation);
        click(page, "Record the recommendations");
        assertThat(banner(page)).containsText("recorded in the tracker");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("the scrutiny report agreed at the meeting"))
                .click();
        assertThat(page.locator("#recommendations + ol")).containsText(recommendation);
        assertAccessible(page);
        page.navigate("/recommendations?q=" + recommendation.substring(recommendation.length() - 8));
        assertThat(page.locator("main table")).containsText(recommendation);
        assertAccessible(page);
    }

    /** Reloads the page until the element shows the text (for what an event listener adds after a commit). */
    private static void awaitText(Page page, String selector, String text) {
        long until = System.currentTimeMillis() + 20_000;
        while (page.locator(selector, new Page.LocatorOptions().setHasText(text)).count() == 0) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("No " + selector + " showed \"" + text + "\" within 20 seconds");
            }
            page.waitForTimeout(500);
            page.reload();
        }
    }
}
