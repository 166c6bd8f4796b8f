package org.scrutineer.deadlines;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.BrowserTest;

@BrowserTest
class DeadlinesBrowserTests {

    @Test
    void tellsAnyoneWhenACallInCloses(Page page) {
        page.navigate("/public/when-is-this-due");
        assertAccessible(page);
        page.getByLabel("What is the deadline for?").selectOption("call-in-expiry");
        page.getByLabel("Date it counts from (or the meeting or decision date)").fill("2026-12-22");
        page.getByLabel("Bank holidays of").selectOption("england-and-wales");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work it out")).click();

        assertThat(page.locator("#answer h2")).hasText("Thursday 31 December 2026");
        assertThat(page.locator("#answer")).containsText("closing at 17:00");
        assertThat(page.locator("#citation")).containsText("Local Government Act 2000 s9F");
        assertThat(page.locator("#explanation")).containsText("Christmas Day");
        assertAccessible(page);
    }

    @Test
    void showsAnErrorSummaryForAMissingDate(Page page) {
        page.navigate("/public/when-is-this-due");
        page.getByLabel("What is the deadline for?").selectOption("agenda-publication");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work it out")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a real date");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertAccessible(page);
    }

    @Test
    void letsTheScrutinyOfficerSetAStricterProtocolTimescaleButNotALooserOne(Page page) {
        signIn(page, "scrutiny.officer");
        page.navigate("/deadlines/protocol");
        assertThat(page.locator("#review-overdue")).containsText("due for review");
        assertThat(page.locator("table[aria-labelledby=rules-heading] tr",
                new Page.LocatorOptions().setHasText("executive-response"))).containsText("Protocol");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set a protocol timescale")).click();
        page.getByLabel("Rule", new Page.GetByLabelOptions().setExact(true)).selectOption("information-request-response");
        page.getByLabel("Takes effect from").fill("2041-01-01");
        page.getByLabel("Kind").selectOption("after");
        page.getByLabel("Number of days (or months)").fill("20");
        page.getByLabel("Counting").selectOption("working");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("only be stricter for the executive");
        assertAccessible(page);

        page.getByLabel("Number of days (or months)").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("takes effect from 2041-01-01");
        page.navigate("/deadlines/protocol?on=2041-01-02");
        assertThat(page.locator("table[aria-labelledby=rules-heading] tr",
                new Page.LocatorOptions().setHasText("information-request-response")))
                .containsText("8 working days after");
    }

    @Test
    void showsAChiefOfficerTheirOverdueDeadlineWithItsLaw(Page page) {
        signIn(page, "chief.officer");
        com.microsoft.playwright.Locator overdue = page.locator(".council-attention-item--overdue");
        assertThat(overdue.first()).containsText("home-to-school transport cost breakdown");
        assertThat(overdue.first()).containsText("Overdue");
        assertThat(page.locator("#recently-met")).isVisible();
        assertThat(page.locator("ul[aria-labelledby=recently-met]")).containsText("SEND transport contract");
        page.navigate("/deadlines");
        assertThat(page.locator("h1")).hasText("Your deadlines");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Provide the home-to-school transport cost breakdown asked for by the Children and Young "
                        + "People O&S Committee")).click();
        assertThat(page.locator("#status")).containsText("Overdue by");
        assertThat(page.locator("dl")).containsText("SI 2012/2089 reg 17");
        assertThat(page.locator("#actions")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void letsTheScrutinyOfficerRecordADeadlineAsMet(Page page) {
        signIn(page, "scrutiny.officer");
        page.navigate("/deadlines");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Publish the agenda for the next Children and Young People O&S Committee")).click();
        assertThat(page.locator("#status")).hasText("Open");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record as met")).click();
        assertThat(page.locator("#status")).hasText("Met on time");
        assertThat(page.locator("#history-heading")).isVisible();
        assertThat(page.locator(".council-history")).containsText("MET");
    }

    @Test
    void letsAnAdministratorAddAClosureDay(Page page) {
        signIn(page, "admin");
        page.navigate("/admin/calendar");
        assertThat(page.locator("#bank-holidays")).containsText("Christmas Day");
        assertAccessible(page);
        String day = LocalDate.of(2044, 8, 3).toString();
        page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill(day);
        page.getByLabel("Change", new Page.GetByLabelOptions().setExact(true)).selectOption("CLOSURE");
        page.getByLabel("Reason").fill("Office move");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
        assertThat(page.locator("table")).containsText("Office move");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date");
        assertAccessible(page);
    }
}
