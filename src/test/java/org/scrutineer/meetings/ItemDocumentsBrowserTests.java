package org.scrutineer.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.documents.DocumentsFixtures;
import org.scrutineer.platform.BrowserTest;
import org.scrutineer.platform.WithoutJavaScript;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agenda item's reports and documents through a real server and browser, without JavaScript: the multipart form
 * with its sign-in and CSRF checks, its error summary, and what each reader sees.
 */
@BrowserTest
class ItemDocumentsBrowserTests {

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DirectoryManagement directory;

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    }

    private static Locator documents(Page page) {
        return page.locator("#documents");
    }

    /** The page of a new item on a meeting of the Children and Young People committee. */
    private String newItem() {
        MeetingId meeting = MeetingsFixtures.schedule(meetings,
                new CommitteeId(DocumentsFixtures.childrenCommittee(directory)), LocalDate.now().plusDays(40));
        AgendaItemId item = MeetingsFixtures.openItem(meetings, directory, meeting,
                DocumentsFixtures.uniqueTitle("Short breaks for disabled children"));
        return "/meetings/" + meeting + "/items/" + item;
    }

    @Test
    void addsAPublicAndAnExemptReportThatEachReaderSeesAsTheyMay(Page page) {
        String itemUrl = newItem();
        String report = DocumentsFixtures.uniqueTitle("Short breaks review");
        String costs = DocumentsFixtures.uniqueTitle("Provider costs");
        String summary = DocumentsFixtures.uniqueTitle("What each short breaks provider charges");

        signIn(page, "scrutiny.officer");
        page.navigate(itemUrl);
        assertThat(documents(page)).containsText("None yet.");
        assertAccessible(page);

        // an executable renamed .pdf is refused by its content, and what was typed stays
        page.getByLabel("Upload a file").setInputFiles(new FilePayload("report.pdf", "application/pdf",
                DocumentsFixtures.executable()));
        page.getByLabel("Document title").fill(report);
        page.getByLabel("Public", new Page.GetByLabelOptions().setExact(true)).check();
        click(page, "Add the document");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "The file is not a PDF, Word, Excel, PowerPoint, OpenDocument, image or text file");
        assertThat(page.getByLabel("Document title")).hasValue(report);
        assertAccessible(page);

        page.getByLabel("Upload a file").setInputFiles(new FilePayload("report.pdf", "application/pdf",
                DocumentsFixtures.pdf("Short breaks review")));
        click(page, "Add the document");
        assertThat(page.locator(".govuk-notification-banner")).containsText(report + " was added to item 1");

        // exempt: the paragraph, the public interest reasoning and a summary for the public
        page.getByLabel("Upload a file").setInputFiles(new FilePayload("costs.pdf", "application/pdf",
                DocumentsFixtures.pdf("Provider A charges 410 pounds a night")));
        page.getByLabel("Document title").fill(costs);
        page.getByLabel("Exempt information (Local Government Act 1972, Schedule 12A)").check();
        page.getByLabel("Schedule 12A paragraph (exempt documents)").selectOption("3");
        page.getByLabel("Why it is withheld (exempt or confidential documents)")
                .fill("Publishing the providers' prices would prejudice the council's next procurement.");
        page.getByLabel("Summary for the public (exempt or confidential documents)").fill(summary);
        click(page, "Add the document");
        assertThat(documents(page)).containsText(costs);
        assertThat(documents(page)).containsText("Exempt information (Schedule 12A paragraph 3)");
        assertAccessible(page);

        // a member of the committee reads both; a councillor from outside it sees only the summary of the exempt one
        signOut(page);
        signIn(page, "scrutiny.member");
        page.navigate(itemUrl);
        assertThat(documents(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(costs)))
                .isVisible();
        assertThat(documents(page)).containsText("Exempt information (Schedule 12A paragraph 3)");
        assertThat(documents(page)).not().containsText("Add a report or document");
        assertAccessible(page);

        signOut(page);
        signIn(page, "councillor");
        page.navigate(itemUrl);
        assertThat(documents(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(report)))
                .isVisible();
        assertThat(documents(page)).containsText("Exempt document withheld: " + summary);
        assertThat(documents(page)).not().containsText(costs);
        assertAccessible(page);
        assertThat(page.locator("form[action*='/documents']")).hasCount(0);
    }

    @Test
    @WithoutJavaScript
    void addsAnExemptReportWithoutJavaScript(Page page) {
        String itemUrl = newItem();
        String costs = DocumentsFixtures.uniqueTitle("Placement costs");
        signIn(page, "scrutiny.officer");
        page.navigate(itemUrl);

        page.getByLabel("Upload a file").setInputFiles(new FilePayload("costs.pdf", "application/pdf",
                DocumentsFixtures.pdf("Placement costs by provider")));
        page.getByLabel("Document title").fill(costs);
        page.getByLabel("Exempt information (Local Government Act 1972, Schedule 12A)").check();
        click(page, "Add the document");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Select the paragraph of Schedule 12A that makes the document exempt");
        assertThat(page.getByLabel("Exempt information (Local Government Act 1972, Schedule 12A)")).isChecked();

        page.getByLabel("Upload a file").setInputFiles(new FilePayload("costs.pdf", "application/pdf",
                DocumentsFixtures.pdf("Placement costs by provider")));
        page.getByLabel("Schedule 12A paragraph (exempt documents)").selectOption("3");
        page.getByLabel("Why it is withheld (exempt or confidential documents)")
                .fill("The providers' prices would prejudice the re-tender.");
        page.getByLabel("Summary for the public (exempt or confidential documents)")
                .fill("The cost of each placement provider.");
        click(page, "Add the document");
        assertThat(page.locator(".govuk-notification-banner")).containsText(costs + " was added to item 1");
        assertThat(documents(page)).containsText("Exempt information (Schedule 12A paragraph 3)");
    }
}
