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
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.documents.DocumentsFixtures;
import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The acceptance test of information requests (issue 6): a scrutiny member requests information for an agenda item;
 * the chief officer's refusal without a statement of reasons is refused with what was typed kept; the chief officer
 * provides two documents, one classified exempt under Schedule 12A paragraph 3 with a public summary; the member sees
 * both; a councillor not on the committee and a visitor see only the public one and the summary. Every page type is
 * checked with axe.
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

    private static void seesOnlyThePublicDocumentAndTheSummary(Page page, String publicTitle, String exemptTitle,
            String summary, String exemptUrl, String publicDocumentUrl) {
        assertThat(page.locator("#documents")).containsText(publicTitle);
        assertThat(page.locator("#documents")).containsText(summary);
        assertThat(page.locator("main")).not().containsText(exemptTitle);
        assertThat(page.locator("a[href='" + exemptUrl + "']")).hasCount(0);
        assertThat(page.request().get(exemptUrl)).not().isOK();
        org.assertj.core.api.Assertions.assertThat(page.request().get(exemptUrl).status()).isEqualTo(404);
        assertThat(page.request().get(publicDocumentUrl)).isOK();
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

        // then attaches two documents, one exempt under paragraph 3 with a summary for the public
        String publicTitle = "Placement costs by provider " + suffix;
        String exemptTitle = "Provider price schedule " + suffix;
        String summary = "What each provider charges per placement, withheld as commercially sensitive " + suffix;
        page.getByLabel("Upload a file").setInputFiles(new FilePayload("costs.pdf", "application/pdf",
                DocumentsFixtures.pdf("Placement costs by provider, 2025/26")));
        page.getByLabel("Document title").fill(publicTitle);
        page.getByLabel("Public", EXACT).check();
        click(page, "Attach the document");
        assertThat(page.locator(".govuk-notification-banner")).containsText(publicTitle);
        page.getByLabel("Upload a file").setInputFiles(new FilePayload("prices.pdf", "application/pdf",
                DocumentsFixtures.pdf("Prices per provider per placement")));
        page.getByLabel("Document title").fill(exemptTitle);
        page.getByLabel("Exempt information (Local Government Act 1972, Schedule 12A)").check();
        click(page, "Attach the document");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the paragraph of Schedule 12A");
        assertThat(page.getByLabel("Document title")).hasValue(exemptTitle);
        assertAccessible(page);
        page.getByLabel("Upload a file").setInputFiles(new FilePayload("prices.pdf", "application/pdf",
                DocumentsFixtures.pdf("Prices per provider per placement")));
        page.getByLabel("Exempt information (Local Government Act 1972, Schedule 12A)").check();
        page.getByLabel("Schedule 12A paragraph").selectOption("3");
        page.getByLabel("Why it is withheld").fill("Disclosure would harm the providers' and the council's "
                + "negotiating position; the committee sees the prices in private.");
        page.getByLabel("Summary for the public").fill(summary);
        click(page, "Attach the document");
        assertThat(page.locator("#documents")).containsText(exemptTitle);
        assertThat(page.locator("#documents")).containsText("Exempt information (Schedule 12A paragraph 3)");

        // and provides the information in full
        page.getByLabel("Provided in full", EXACT).check();
        page.getByLabel("Covering note").fill("The costs by provider are attached.");
        click(page, "Send the response");
        assertThat(page.locator(".govuk-notification-banner")).containsText("provided, on time");
        assertThat(page.locator("#outcome-given")).containsText("On time");
        assertAccessible(page);

        // the member sees the answer and both documents, the exempt one marked, and may open it
        switchTo(page, "scrutiny.member");
        page.navigate(requestUrl);
        assertThat(page.locator("#executive-response")).isVisible();
        assertThat(page.locator("main")).containsText("The costs by provider are attached.");
        assertThat(page.locator("#documents")).containsText(publicTitle);
        assertThat(page.locator("#documents")).containsText(exemptTitle);
        assertThat(page.locator("#documents .council-document-marking"))
                .hasText("Exempt information (Schedule 12A paragraph 3)");
        String exemptUrl = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(exemptTitle))
                .getAttribute("href");
        String publicDocumentUrl = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(publicTitle))
                .getAttribute("href");
        assertThat(page.request().get(exemptUrl)).isOK();
        assertAccessible(page);

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
        seesOnlyThePublicDocumentAndTheSummary(page, publicTitle, exemptTitle, summary, exemptUrl, publicDocumentUrl);
        assertAccessible(page);
        String publicUrl = page.url();
        switchTo(page, null);
        page.navigate(publicUrl);
        assertThat(page.locator("h1")).hasText("Information request " + reference);
        assertThat(page.locator("main")).not().containsText("The costs by provider are attached.");
        seesOnlyThePublicDocumentAndTheSummary(page, publicTitle, exemptTitle, summary, exemptUrl, publicDocumentUrl);
        assertAccessible(page);
    }
}
