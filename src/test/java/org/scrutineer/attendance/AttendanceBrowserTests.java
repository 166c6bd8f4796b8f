package org.scrutineer.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.attendance.AttendanceFixtures.item;
import static org.scrutineer.attendance.AttendanceFixtures.meeting;
import static org.scrutineer.attendance.AttendanceFixtures.person;
import static org.scrutineer.attendance.AttendanceFixtures.personOf;
import static org.scrutineer.attendance.AttendanceFixtures.plainItem;
import static org.scrutineer.attendance.AttendanceFixtures.unique;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.BrowserTest;
import org.scrutineer.platform.WithoutJavaScript;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attendance in Chromium, as the demo council's people use it, with axe checking each page type: the item's
 * attendance page, a request with its notice, the printable notice, the witness register, "my requests to attend",
 * the figures and the home page's attention list.
 */
@BrowserTest
class AttendanceBrowserTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AttendanceManagement attendance;

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

    private static Locator attention(Page page, String text) {
        return page.locator(".council-attention-item").filter(new Locator.FilterOptions().setHasText(text));
    }

    private static String itemPage(MeetingId m, AgendaItemId i) {
        return "/meetings/" + m + "/items/" + i + "/attendance";
    }

    @Test
    void requiresACabinetMemberWhoseProposedSubstituteTheChairRefusesAndWhoThenConfirms(Page page) {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        String title = unique("Assessment waiting times");
        AgendaItemId item = item(meetings, directory, m, title);
        long cabinetMember = personOf(accounts, "cabinet.member");
        String cabinetMemberName = accounts.principal("cabinet.member").orElseThrow().view().displayName();
        String director = accounts.principal("chief.officer").orElseThrow().view().displayName();

        // the scrutiny officer requires the cabinet member to attend; a request without what to address is refused
        switchTo(page, "scrutiny.officer");
        page.navigate(itemPage(m, item));
        assertThat(page.locator("h1")).containsText(title);
        assertAccessible(page);
        page.getByLabel("Require them to attend").check();
        page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true)).selectOption(Long.toString(cabinetMember));
        click(page, "Ask them to attend");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter what they are asked to address");
        assertAccessible(page);
        page.getByLabel("What they are asked to address").fill("Why waiting times for assessments have risen");
        click(page, "Ask them to attend");
        assertThat(page.locator(".govuk-notification-banner")).containsText(cabinetMemberName + " was required to attend");
        click(page, "Send the notice to " + cabinetMemberName);
        assertThat(page.locator(".govuk-notification-banner")).containsText("The notice was recorded as sent");
        assertAccessible(page);

        // the cabinet member sees it at home, reads the notice, and proposes the director instead
        switchTo(page, "cabinet.member");
        assertThat(attention(page, "Reply to the requirement to attend").filter(new Locator.FilterOptions()
                .setHasText(title))).hasCount(1);
        page.navigate("/attendance");
        assertThat(page.locator("#upcoming + table")).containsText(title);
        assertAccessible(page);
        page.navigate("/");
        attention(page, "Reply to the requirement to attend").filter(new Locator.FilterOptions().setHasText(title))
                .locator("a").click();
        assertThat(page.locator("main")).containsText("Briefing note for witnesses");
        assertThat(page.locator("main")).containsText("need not answer any question");
        assertAccessible(page);
        String requestUrl = page.url();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the notice to print it")).click();
        assertThat(page.locator("h1")).containsText("Requirement to attend");
        assertAccessible(page);
        page.navigate(requestUrl);
        page.getByLabel("Propose someone else to attend").check();
        page.getByLabel("Proposed substitute").selectOption(Long.toString(personOf(accounts, "chief.officer")));
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true))
                .fill("The director can speak to the operational detail");
        click(page, "Record the reply");
        assertThat(page.locator("#state")).containsText("Substitute proposed");

        // the chair refuses the substitute: a refusal needs reasons
        switchTo(page, "scrutiny.chair");
        assertThat(attention(page, "Decide on the substitute proposed")).not().hasCount(0);
        page.navigate(requestUrl);
        page.getByLabel("Refuse: " + cabinetMemberName + " is asked to attend").check();
        click(page, "Record the decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the substitute is refused");
        assertAccessible(page);
        page.getByLabel("Refuse: " + cabinetMemberName + " is asked to attend").check();
        page.getByLabel("Reasons", new Page.GetByLabelOptions().setExact(true))
                .fill("The committee's questions are about the cabinet member's own decisions");
        click(page, "Record the decision");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The substitute was refused");
        assertThat(page.locator("main")).containsText("Refused by");

        // the cabinet member confirms
        switchTo(page, "cabinet.member");
        page.navigate(requestUrl);
        page.getByLabel("Confirm attendance").check();
        click(page, "Record the reply");
        assertThat(page.locator("#state")).containsText("Confirmed");
        assertThat(page.locator("main")).not().containsText(director + " attends");
    }

    @Test
    void flagsAnItemAttendedOnlyByJuniorOfficersToTheChair(Page page) {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        String title = unique("Social work caseloads");
        AgendaItemId item = plainItem(meetings, m, title);
        long director = personOf(accounts, "chief.officer");
        AttendanceRequestId id = attendance.ask(Actor.SYSTEM, item, new NewRequest(RequestKind.REQUIREMENT, director,
                "Caseloads in children's social work", null));
        attendance.sendNotice(Actor.SYSTEM, id, attendance.today());

        switchTo(page, "chief.officer");
        page.navigate("/attendance/requests/" + id);
        page.getByLabel("Officer", new Page.GetByLabelOptions().setExact(true))
                .selectOption(Long.toString(person(directory, "Kieran Moss").id().value()));
        click(page, "Nominate");
        assertThat(page.locator(".govuk-notification-banner")).containsText("1 officer was nominated");
        assertThat(page.locator("#nominees + ul")).containsText("Kieran Moss");

        switchTo(page, "scrutiny.chair");
        assertThat(attention(page, "Only junior officers are confirmed for item")).not().hasCount(0);
        assertAccessible(page);
        page.navigate(itemPage(m, item));
        assertThat(page.locator("#junior-only")).containsText("should never be just junior staff");
        assertAccessible(page);
    }

    @Test
    void takesTheWitnessRegisterAfterTheMeetingAndShowsTheFigures(Page page) {
        LocalDate day = attendance.today().minusDays(2);
        MeetingId m = meeting(meetings, directory, day);
        AgendaItemId item = plainItem(meetings, m, unique("Budget monitoring"));
        long director = personOf(accounts, "chief.officer");
        AttendanceRequestId id = attendance.ask(Actor.SYSTEM, item, new NewRequest(RequestKind.REQUIREMENT, director,
                "The budget", null));
        attendance.sendNotice(Actor.SYSTEM, id, day.minusDays(15));
        attendance.respond(Actor.SYSTEM, id, null, new AttendanceResponse(ResponseKind.CONFIRM, null, null));

        switchTo(page, "scrutiny.officer");
        page.navigate("/meetings/" + m + "/witnesses");
        assertAccessible(page);
        page.locator("#present-" + id).check();
        click(page, "Save the register");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The witness register was saved");
        page.getByLabel("Record someone who attended by right").selectOption(Long.toString(
                personOf(accounts, "chief.executive")));
        click(page, "Record attendance by right");
        assertThat(page.locator("#register")).containsText(accounts.principal("chief.executive").orElseThrow().view()
                .displayName());
        assertAccessible(page);

        page.navigate("/attendance/figures?from=" + day + "&to=" + day);
        assertThat(page.locator("#chief-executive")).containsText("The chief executive attended");
        assertThat(page.locator("#requests-table")).containsText("Requirements (s9FA)");
        assertAccessible(page);
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill("2026-04-01");
        page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill("2026-03-01");
        click(page, "Show");
        assertThat(page.locator(".govuk-error-summary")).containsText("on or after its start");
        assertAccessible(page);
    }

    @Test
    @WithoutJavaScript
    void repliesAndAsksToSpeakWithoutJavaScript(Page page) {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Library closures"));
        long director = personOf(accounts, "chief.officer");
        AttendanceRequestId id = attendance.ask(Actor.SYSTEM, item, new NewRequest(RequestKind.INVITATION, director,
                "The library strategy", null));
        attendance.sendNotice(Actor.SYSTEM, id, attendance.today());

        switchTo(page, "chief.officer");
        page.navigate("/attendance/requests/" + id);
        page.getByLabel("Decline, with the reason").check();
        click(page, "Record the reply");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why they cannot attend");
        page.getByLabel("Decline, with the reason").check();
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("On leave that week");
        click(page, "Record the reply");
        assertThat(page.locator("#state")).containsText("Declined");

        switchTo(page, "councillor");
        page.navigate(itemPage(m, item));
        page.getByLabel("Why you wish to speak on the item").fill("The library in my ward is to close");
        click(page, "Ask the chair");
        assertThat(page.locator("#speaking")).containsText("Awaiting the chair");
    }
}
