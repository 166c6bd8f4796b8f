package org.scrutineer.inforequests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.inforequests.InformationRequestsFixtures.actor;
import static org.scrutineer.inforequests.InformationRequestsFixtures.membersCommittee;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The acceptance test of information requests (issue 6): a scrutiny member requests information for an agenda item;
 * the chief officer's refusal without a statement of reasons is refused with what was typed kept; the chief officer
 * provides the information; the member sees the answer; a councillor not on the committee and a visitor see only
 * what is public. Every page type is checked with axe.
 */
@BrowserTest
class InformationRequestsBrowserTests {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    MeetingManagement meetings;

    private static void switchTo(Page page, String username) {
        page.navigate("/");
        if (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).count() > 0) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        }
        if (username != null) {
            signIn(page, username);
        }
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** A meeting of the member's committee three weeks ahead with an item the request is for. */
    private String itemOnTheAgenda(String title) {
        long committee = membersCommittee(accounts, directory);
        var officer = actor(accounts, "scrutiny.officer");
        MeetingId meeting = meetings.schedule(officer, new MeetingDetails(committee, LocalDate.now().plusDays(21),
                LocalTime.of(18, 30), "Council Chamber, Town Hall", null));
        meetings.addItem(officer, meeting, new AgendaItemDetails(title, "To scrutinise the cost of placements",
                null, null, null, null, null, null, null, false, null, null, null));
        return title;
    }

    @Test
    void aMemberRequestsInformationForAnItemAndTheChiefOfficerProvidesIt(Page page) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String item = itemOnTheAgenda("Children's placements " + suffix);
        String what = "Placement costs by provider for 2025/26 " + suffix;
        String officer = directory.requirePerson(actor(accounts, "chief.officer").person()).fullName();

        // the member makes the request, for an item on the committee's next agenda
        switchTo(page, "scrutiny.member");
        page.navigate("/information-requests");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a request")).click();
        assertAccessible(page);
        page.getByLabel("What information or documents are asked for").fill(what);
        click(page, "Make the request");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the information is needed");
        assertThat(page.getByLabel("What information or documents are asked for")).hasValue(what);
        assertAccessible(page);
        page.getByLabel("A member", EXACT).check();
        page.getByLabel("Agenda item (optional)").selectOption(new SelectOption().setLabel("Item 1: " + item));
        page.getByLabel("The item or review it relates to").fill("Item 1: " + item);
        page.getByLabel("Why the committee needs it").fill("To compare the providers' prices before the meeting.");
        page.getByLabel("Officer asked to provide it").selectOption(new SelectOption().setLabel(officer));
        click(page, "Make the request");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The executive must respond by");
        assertThat(page.locator("#deadline")).containsText("information-request-response");
        assertThat(page.locator("#deadline")).containsText("SI 2012/2089 reg 17");
        assertThat(page.locator("#request")).containsText(item);
        String requestUrl = page.url();
        String reference = page.locator("h1").textContent().replace("Information request ", "");
        assertAccessible(page);

        // the chief officer sees it on their list, acknowledges it, and tries to refuse without reasons
        switchTo(page, "chief.officer");
        page.navigate("/information-requests?open=true");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        click(page, "Acknowledge");
        assertThat(page.locator(".govuk-notification-banner")).containsText("acknowledged");
        page.getByLabel("Refused", EXACT).check();
        page.getByLabel("Covering note").fill("We cannot share the providers' prices.");
        page.getByLabel("Exempt or confidential information not relevant", new Page.GetByLabelOptions()
                .setExact(false)).check();
        click(page, "Send the response");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the written statement of reasons");
        assertThat(page.getByLabel("Covering note")).hasValue("We cannot share the providers' prices.");
        assertThat(page.getByLabel("Refused", EXACT)).isChecked();
        assertAccessible(page);

        // then provides the information in full instead
        page.getByLabel("Provided in full", EXACT).check();
        page.getByLabel("Covering note").fill("The costs by provider are attached.");
        click(page, "Send the response");
        assertThat(page.locator(".govuk-notification-banner")).containsText("provided, on time");
        assertThat(page.locator("#outcome-given")).containsText("On time");
        assertAccessible(page);

        // the member sees the answer
        switchTo(page, "scrutiny.member");
        page.navigate(requestUrl);
        assertThat(page.locator("#executive-response")).isVisible();
        assertThat(page.locator("main")).containsText("The costs by provider are attached.");

        // the committee's dashboard, the standing reports and the figures
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Children and Young People Overview and Scrutiny Committee")).first().click();
        assertThat(page.locator("h1")).hasText("Information dashboard");
        assertAccessible(page);
        page.navigate("/information-requests/arrangements");
        assertThat(page.locator(".govuk-tag--red").first()).hasText("Missing");
        assertAccessible(page);
        page.navigate("/information-requests/figures");
        assertThat(page.locator("#by-committee")).containsText("Children and Young People");
        assertAccessible(page);

        // a councillor not on the committee, and a visitor, see only what is public
        switchTo(page, "councillor");
        page.navigate(requestUrl);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/public/information-requests/\\d+$"));
        assertThat(page.locator("#outcome-given")).containsText("Provided");
        assertThat(page.locator("main")).not().containsText("To compare the providers' prices");
        assertAccessible(page);
        String publicUrl = page.url();
        switchTo(page, null);
        page.navigate(publicUrl);
        assertThat(page.locator("h1")).hasText("Information request " + reference);
        assertThat(page.locator("main")).not().containsText("The costs by provider are attached.");
        assertAccessible(page);
    }
}
