package org.scrutineer.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.meetings.MeetingOutputsFixtures.CHILDREN_COMMITTEE;
import static org.scrutineer.meetings.MeetingOutputsFixtures.childrenCommittee;
import static org.scrutineer.meetings.MeetingOutputsFixtures.hold;
import static org.scrutineer.meetings.MeetingOutputsFixtures.marker;
import static org.scrutineer.meetings.MeetingOutputsFixtures.openItem;
import static org.scrutineer.meetings.MeetingOutputsFixtures.privateItem;
import static org.scrutineer.meetings.MeetingOutputsFixtures.schedule;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.documents.Classified;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.documents.DocumentsFixtures;
import org.scrutineer.documents.NewDocument;
import org.scrutineer.platform.BrowserTest;
import org.scrutineer.platform.WithoutJavaScript;
import org.springframework.beans.factory.annotation.Autowired;

/** The public meeting pages as a member of the public uses them, checked with axe for WCAG 2.2 AA. */
@BrowserTest
class PublicMeetingsBrowserTests {

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DocumentManagement documents;

    @Test
    void readsAPublishedAgendaWithAPrivateItemAndItsMinutes(Page page) {
        String secret = marker("SECRET");
        String title = marker("Short breaks for disabled children");
        MeetingId meeting = heldMeeting(title, secret);

        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upcoming meetings, agendas and minutes"))
                .click();
        assertThat(page.locator("h1")).hasText("Upcoming meetings");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show past meetings")).click();
        page.getByLabel("Committee").selectOption(new SelectOption().setLabel(CHILDREN_COMMITTEE));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.locator("h1")).hasText("Past meetings");
        assertAccessible(page);
        page.locator("a[href='/public/meetings/" + meeting + "']").click();

        assertThat(page.locator("h1")).hasText(CHILDREN_COMMITTEE);
        assertThat(page.locator("#item-1")).containsText(title);
        assertThat(page.locator("#item-1")).containsText("The committee agreed to monitor progress.");
        assertThat(page.locator("#item-2")).containsText("Not for publication: Schedule 12A paragraph 3");
        assertThat(page.locator("#item-2")).containsText("The committee will consider the commercial position");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agenda pack (PDF)")))
                .hasAttribute("href", "/public/meetings/" + meeting + "/agenda.pdf");
        assertThat(page.locator("#attendance")).isVisible();
        assertThat(page.locator("#item-1")).containsText("Appendix A: short breaks data");
        assertThat(page.locator("#item-1")).containsText("Exempt document withheld: Provider prices");
        assertThat(page.content()).doesNotContain(secret);
        assertAccessible(page);
        page.getByText("The report", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#item-1 .govuk-details__text")).containsText("The report on");
        assertAccessible(page);

        // the pack and the calendar the page links to are there for anyone
        APIResponse pack = page.request().get("/public/meetings/" + meeting + "/agenda.pdf");
        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.headers().get("content-type")).isEqualTo("application/pdf");
        String calendar = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Add the " + CHILDREN_COMMITTEE + "’s meetings to your calendar (iCalendar)"))
                .getAttribute("href");
        APIResponse feed = page.request().get(calendar);
        assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
        assertThat(feed.text()).contains("meeting-" + meeting + "@");
    }

    @Test
    void showsAMeetingWhoseAgendaIsNotYetPublishedAndACancelledOne(Page page) {
        long committee = childrenCommittee(directory).id().value();
        MeetingId upcoming = schedule(meetings, committee, meetings.today().plusDays(60));
        openItem(meetings, upcoming, marker("Not yet public"));
        MeetingId cancelled = schedule(meetings, committee, meetings.today().plusDays(61));
        meetings.cancel(Actor.SYSTEM, cancelled, "The chair is unwell");

        page.navigate("/public/meetings/" + upcoming);
        assertThat(page.locator("#agenda + p")).containsText("will be published here");
        assertThat(page.locator("body")).not().containsText("Not yet public");
        assertThat(page.locator("#members")).isVisible();
        assertAccessible(page);
        page.navigate("/public/meetings/" + cancelled);
        assertThat(page.locator(".govuk-warning-text")).containsText("This meeting was cancelled: The chair is unwell");
        assertAccessible(page);
    }

    @Test
    @WithoutJavaScript
    void filtersMeetingsByCommitteeWithoutJavaScript(Page page) {
        String title = marker("Youth offending");
        MeetingId meeting = heldMeeting(title, marker("SECRET"));
        page.navigate("/public/meetings?when=past");
        page.getByLabel("Committee").selectOption(new SelectOption().setLabel(CHILDREN_COMMITTEE));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*committee=\\d+.*"));
        page.locator("a[href='/public/meetings/" + meeting + "']").click();
        assertThat(page.locator("#item-1")).containsText(title);
    }

    /** A meeting held two days ago with an open item (minutes published) and a private item holding the marker. */
    private MeetingId heldMeeting(String title, String secret) {
        long committee = childrenCommittee(directory).id().value();
        LocalDate today = meetings.today();
        MeetingId meeting = schedule(meetings, committee, today.minusDays(2));
        AgendaItemId open = openItem(meetings, meeting, title);
        AgendaItemId exempt = privateItem(meetings, meeting, marker("Residential placements contract"), secret);
        documents.upload(new NewDocument(MeetingManagement.AGENDA_ITEM, open.toString(), committee,
                "Appendix A: short breaks data", "appendix-a.pdf", Classified.publicDocument()),
                new ByteArrayInputStream(DocumentsFixtures.pdf("Short breaks data")));
        documents.upload(new NewDocument(MeetingManagement.AGENDA_ITEM, open.toString(), committee,
                "Appendix B " + secret, "appendix-b.pdf", Classified.exempt(3, "Provider prices", "Provider prices")),
                new ByteArrayInputStream(DocumentsFixtures.pdf("Appendix B " + secret)));
        meetings.publishAgenda(Actor.SYSTEM, meeting, today.minusDays(9));
        hold(meetings, meeting);
        meetings.recordMinutes(Actor.SYSTEM, open, meetings.item(Actor.SYSTEM, open).version(),
                "The committee agreed to monitor progress.", null);
        meetings.recordMinutes(Actor.SYSTEM, exempt, meetings.item(Actor.SYSTEM, exempt).version(),
                "Minutes " + secret, null);
        meetings.publishMinutes(Actor.SYSTEM, meeting, today);
        return meeting;
    }
}
