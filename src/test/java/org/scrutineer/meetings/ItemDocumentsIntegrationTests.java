package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditAction;
import org.scrutineer.audit.AuditEntry;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.documents.Classification;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.documents.DocumentsFixtures;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * An agenda item's reports and documents on its page: added by a scrutiny officer while the agenda is open, each
 * public or exempt; read by the committee's members in full; seen by anyone else only as the public summary of
 * what is withheld.
 */
@ScrutineerIntegrationTest
class ItemDocumentsIntegrationTests {

    private static final String EXEMPT_SUMMARY_PREFIX = "The bids received for the transport contract";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DocumentManagement documents;

    @Autowired
    AuditHistory audit;

    private CommitteeId children() {
        return new CommitteeId(DocumentsFixtures.childrenCommittee(directory));
    }

    /** A meeting of the Children and Young People committee next month with one open item. */
    private AgendaItemId newItem() {
        MeetingId meeting = MeetingsFixtures.schedule(meetings, children(), LocalDate.now().plusDays(30));
        return MeetingsFixtures.openItem(meetings, directory, meeting, DocumentsFixtures.uniqueTitle("Transport"));
    }

    private String itemPath(AgendaItemId item) {
        return "/meetings/" + meetings.item(Actor.SYSTEM, item).meetingId() + "/items/" + item;
    }

    private static MockMultipartHttpServletRequestBuilder upload(String path, String fileName, byte[] content,
            String title, String classification) {
        MockMultipartHttpServletRequestBuilder request = multipart(path + "/documents");
        request.file(new MockMultipartFile("file", fileName, "application/pdf", content));
        request.param("title", title).param("classification", classification);
        return request;
    }

    private static MockMultipartHttpServletRequestBuilder exempt(MockMultipartHttpServletRequestBuilder request,
            String paragraph, String summary) {
        request.param("paragraph", paragraph)
                .param("publicInterestReason", "Disclosing the bids would prejudice the re-tender.")
                .param("publicSummary", summary);
        return request;
    }

    private Document only(AgendaItemId item, String title) {
        return meetings.documentsOf(item).stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void showsTheCommitteesMemberBothDocumentsAndAnotherCouncillorOnlyThePublicOneAndTheExemptOnesSummary()
            throws Exception {
        AgendaItemId item = newItem();
        String path = itemPath(item);
        String open = DocumentsFixtures.uniqueTitle("Transport review report");
        String bids = DocumentsFixtures.uniqueTitle("Tender evaluation of the bids");
        String summary = DocumentsFixtures.uniqueTitle(EXEMPT_SUMMARY_PREFIX);

        mvc.perform(upload(path, "report.pdf", DocumentsFixtures.pdf("The review of home to school transport"),
                        open, "PUBLIC").with(csrf()).with(as(accounts, "scrutiny.officer")))
                .andExpect(redirectedUrl(path + "#documents"));
        mvc.perform(exempt(upload(path, "bids.pdf", DocumentsFixtures.pdf("Acme Ltd bid 1,200,000"), bids,
                        "EXEMPT"), "3", summary).with(csrf()).with(as(accounts, "scrutiny.officer")))
                .andExpect(redirectedUrl(path + "#documents"));

        Document openDoc = only(item, open);
        Document bidsDoc = only(item, bids);
        assertThat(openDoc.classification()).isEqualTo(Classification.PUBLIC);
        assertThat(openDoc.committeeId()).isEqualTo(children().value());
        assertThat(bidsDoc.classification()).isEqualTo(Classification.EXEMPT);
        assertThat(bidsDoc.paragraph()).isEqualTo(3);
        assertThat(bidsDoc.committeeId()).isEqualTo(children().value());
        assertThat(bidsDoc.ownerType()).isEqualTo(MeetingManagement.AGENDA_ITEM);

        // a member of the committee reads both, the exempt one marked, and may neither add nor remove
        mvc.perform(get(path).with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reports and documents")))
                .andExpect(content().string(containsString(open)))
                .andExpect(content().string(containsString("href=\"" + openDoc.path() + "\"")))
                .andExpect(content().string(containsString(bids)))
                .andExpect(content().string(containsString("href=\"" + bidsDoc.path() + "\"")))
                .andExpect(content().string(containsString("Exempt information (Schedule 12A paragraph 3)")))
                .andExpect(content().string(not(containsString("Add a report or document"))))
                .andExpect(content().string(not(containsString("/documents/" + bidsDoc.id().value() + "/delete"))));
        mvc.perform(get(bidsDoc.path()).with(as(accounts, "scrutiny.member"))).andExpect(status().isOk());

        // a councillor who is not on the committee sees the public report and only the summary of the exempt one
        mvc.perform(get(path).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(open)))
                .andExpect(content().string(containsString("href=\"" + openDoc.path() + "\"")))
                .andExpect(content().string(containsString("Exempt document withheld: " + summary)))
                .andExpect(content().string(not(containsString(bids))))
                .andExpect(content().string(not(containsString(bidsDoc.path() + "\""))))
                .andExpect(content().string(not(containsString("Exempt information (Schedule 12A"))));
        mvc.perform(get(bidsDoc.path()).with(as(accounts, "councillor"))).andExpect(status().isNotFound());

        // the scrutiny officer has the form and the removal buttons
        mvc.perform(get(path).with(as(accounts, "scrutiny.officer")))
                .andExpect(content().string(containsString("Add a report or document")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString(path + "/documents/" + bidsDoc.id().value() + "/delete")));
    }

    @ParameterizedTest
    @CsvSource({"scrutiny.member", "councillor", "scrutiny.chair", "cabinet.member", "monitoring.officer"})
    void refusesADocumentFromAnyoneButAScrutinyOfficer(String username) throws Exception {
        AgendaItemId item = newItem();
        String title = DocumentsFixtures.uniqueTitle("Unwanted paper");

        mvc.perform(upload(itemPath(item), "paper.pdf", DocumentsFixtures.pdf("Paper"), title, "PUBLIC")
                        .with(csrf()).with(as(accounts, username)))
                .andExpect(status().isForbidden());

        assertThat(meetings.documentsOf(item)).isEmpty();
        mvc.perform(get(itemPath(item)).with(as(accounts, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a report or document"))));
    }

    @Test
    void refusesAnExecutableRenamedPdfWithTheReasonAndKeepsWhatWasTyped() throws Exception {
        AgendaItemId item = newItem();
        String title = DocumentsFixtures.uniqueTitle("Budget appendix");

        mvc.perform(upload(itemPath(item), "appendix.pdf", DocumentsFixtures.executable(), title, "PUBLIC")
                        .with(csrf()).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString(
                        "The file is not a PDF, Word, Excel, PowerPoint, OpenDocument, image or text file")))
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));

        assertThat(meetings.documentsOf(item)).isEmpty();
    }

    @Test
    void refusesAnExemptDocumentWithoutItsParagraphOrSummary() throws Exception {
        AgendaItemId item = newItem();
        String title = DocumentsFixtures.uniqueTitle("Legal advice");
        MockMultipartHttpServletRequestBuilder request = upload(itemPath(item), "advice.pdf",
                DocumentsFixtures.pdf("Counsel's advice"), title, "EXEMPT");
        request.param("publicInterestReason", "Legal professional privilege.");

        mvc.perform(request.with(csrf()).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "Select the paragraph of Schedule 12A that makes the document exempt")))
                .andExpect(content().string(containsString("href=\"#paragraph\"")))
                .andExpect(content().string(containsString("Enter a summary for the public")))
                .andExpect(content().string(containsString("Legal professional privilege.")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));

        assertThat(meetings.documentsOf(item)).isEmpty();
    }

    @Test
    void asksForAFileWhenNoneWasChosen() throws Exception {
        AgendaItemId item = newItem();
        MockMultipartHttpServletRequestBuilder request = multipart(itemPath(item) + "/documents");
        request.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]));
        request.param("title", "No file").param("classification", "PUBLIC");

        mvc.perform(request.with(csrf()).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Select a file to upload")));
    }

    @Test
    void startsAPrivateItemsDocumentAsExemptUnderTheItemsParagraph() throws Exception {
        MeetingId meeting = MeetingsFixtures.schedule(meetings, children(), LocalDate.now().plusDays(30));
        AgendaItemId item = MeetingsFixtures.privateItem(meetings, meeting, DocumentsFixtures.uniqueTitle("Depot"));

        mvc.perform(get(itemPath(item)).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*value=\"EXEMPT\"[^>]*checked.*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<option value=\"3\" selected=\"selected\">.*")));
    }

    @Test
    void removesADocumentForAScrutinyOfficerOnlyAndAuditsTheRemoval() throws Exception {
        AgendaItemId item = newItem();
        String path = itemPath(item);
        String title = DocumentsFixtures.uniqueTitle("Superseded report");
        mvc.perform(upload(path, "old.pdf", DocumentsFixtures.pdf("Old"), title, "PUBLIC").with(csrf())
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(redirectedUrl(path + "#documents"));
        Document d = only(item, title);

        mvc.perform(post(path + "/documents/" + d.id().value() + "/delete").with(csrf())
                        .with(as(accounts, "scrutiny.member")))
                .andExpect(status().isForbidden());
        assertThat(meetings.documentsOf(item)).hasSize(1);

        mvc.perform(post(path + "/documents/" + d.id().value() + "/delete").with(csrf())
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(redirectedUrl(path + "#documents"));

        assertThat(meetings.documentsOf(item)).isEmpty();
        List<AuditEntry> history = audit.historyOf(DocumentManagement.DOCUMENT, d.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.DELETED, AuditAction.CREATED);
        assertThat(history.get(0).actor()).isEqualTo("scrutiny.officer"); // newest first
        mvc.perform(get(d.path()).with(as(accounts, "scrutiny.officer"))).andExpect(status().isNotFound());
    }

    @Test
    void doesNotRemoveAnotherItemsDocumentThroughThisItem() throws Exception {
        AgendaItemId item = newItem();
        AgendaItemId other = newItem();
        String title = DocumentsFixtures.uniqueTitle("Other item's report");
        mvc.perform(upload(itemPath(other), "other.pdf", DocumentsFixtures.pdf("Other"), title, "PUBLIC")
                        .with(csrf()).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().is3xxRedirection());
        Document d = only(other, title);

        mvc.perform(post(itemPath(item) + "/documents/" + d.id().value() + "/delete").with(csrf())
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isNotFound());

        assertThat(meetings.documentsOf(other)).hasSize(1);
    }

    @Test
    void takesNoDocumentsOnceTheMeetingHasBeenHeld() throws Exception {
        MeetingId held = MeetingsFixtures.held(meetings, directory, LocalDate.now());
        AgendaItemId item = meetings.items(Actor.SYSTEM, held).get(0).id();
        String path = itemPath(item);

        mvc.perform(get(path).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a report or document"))));
        mvc.perform(upload(path, "late.pdf", DocumentsFixtures.pdf("Late"), DocumentsFixtures.uniqueTitle("Late"),
                        "PUBLIC").with(csrf()).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Documents are added while the agenda is open")));

        assertThat(meetings.documentsOf(item)).isEmpty();
    }

    @Test
    void removesAnItemsDocumentsWithTheItem() throws Exception {
        AgendaItemId item = newItem();
        String path = itemPath(item);
        String title = DocumentsFixtures.uniqueTitle("Report of a withdrawn item");
        mvc.perform(upload(path, "withdrawn.pdf", DocumentsFixtures.pdf("Withdrawn"), title, "PUBLIC").with(csrf())
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(status().is3xxRedirection());
        Document d = only(item, title);

        meetings.removeItem(Actor.SYSTEM, item);

        assertThat(meetings.documentsOf(item)).isEmpty();
        assertThat(audit.historyOf(DocumentManagement.DOCUMENT, d.id())).extracting(AuditEntry::action)
                .contains(AuditAction.DELETED);
    }
}
