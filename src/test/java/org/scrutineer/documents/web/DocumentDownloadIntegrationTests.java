package org.scrutineer.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.scrutineer.documents.DocumentsFixtures.childrenCommittee;
import static org.scrutineer.documents.DocumentsFixtures.nameOf;
import static org.scrutineer.documents.DocumentsFixtures.uniqueTitle;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.documents.Classified;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.documents.DocumentsFixtures;
import org.scrutineer.documents.NewDocument;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Downloading documents as the demo council's people: a member of the Children and Young People O&amp;S Committee
 * (scrutiny.member), a councillor on no scrutiny committee, the scrutiny officer, and a visitor who has not signed in.
 */
@ScrutineerIntegrationTest
class DocumentDownloadIntegrationTests {

    private static final String OWNER = "test-download";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DocumentManagement documents;

    @Test
    void givesACommitteeMemberAnExemptPdfStampedWithTheirName() throws Exception {
        Document d = exemptPdf("Depot bids compared");

        MvcResult result = mvc.perform(get("/documents/{id}", d.id().value()).with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"Depot bids.pdf\";")))
                .andReturn();

        String text = DocumentsFixtures.textOf(result.getResponse().getContentAsByteArray());
        String line = "EXEMPT \u2013 paragraph 3 \u2013 supplied to " + nameOf(accounts, "scrutiny.member") + " on "
                + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertThat(text).contains("Depot bids compared").contains(line);
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void stampsAConfidentialPdfForTheScrutinyOfficer() throws Exception {
        Document d = documents.upload(new NewDocument(OWNER, owner(), null, uniqueTitle("Legal advice"), "advice.pdf",
                Classified.confidential("A court order forbids disclosure", "Legal advice on the contract")),
                new ByteArrayInputStream(DocumentsFixtures.pdf("Counsel's opinion")));

        MvcResult result = mvc.perform(get("/documents/{id}", d.id().value()).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk()).andReturn();

        assertThat(DocumentsFixtures.textOf(result.getResponse().getContentAsByteArray()))
                .contains("CONFIDENTIAL \u2013 supplied to " + nameOf(accounts, "scrutiny.officer") + " on ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"councillor", "cabinet.member", "chief.officer", "admin"})
    void hidesAnExemptDocumentFromThoseNotEntitled(String username) throws Exception {
        Document d = exemptPdf("Depot bids compared");

        mvc.perform(get("/documents/{id}", d.id().value()).with(as(accounts, username)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}", d.id().value()).with(as(accounts, username)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}/content", d.id().value()).with(as(accounts, username)))
                .andExpect(status().isNotFound());
    }

    @Test
    void hidesAnExemptDocumentFromAVisitorAsIfItDidNotExist() throws Exception {
        Document d = exemptPdf("Depot bids compared");

        String hidden = mvc.perform(get("/documents/{id}", d.id().value()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/documents/{id}", Long.MAX_VALUE))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/documents/{id}", d.id().value())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}/content", d.id().value())).andExpect(status().isNotFound());

        assertThat(hidden).doesNotContain(d.title()).isEqualTo(missing.replace(String.valueOf(Long.MAX_VALUE),
                String.valueOf(d.id().value())));
    }

    @Test
    void givesAVisitorAPublicDocumentUnchanged() throws Exception {
        byte[] pdf = DocumentsFixtures.pdf("Work programme 2026/27");
        Document d = documents.upload(new NewDocument(OWNER, owner(), childrenCommittee(directory),
                uniqueTitle("Work programme"), "work-programme.pdf", Classified.publicDocument()),
                new ByteArrayInputStream(pdf));

        MvcResult result = mvc.perform(get("/documents/{id}", d.id().value()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().longValue("Content-Length", pdf.length))
                .andReturn();

        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(get("/api/v1/documents/{id}/content", d.id().value())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents/{id}", d.id().value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification").value("PUBLIC"))
                .andExpect(jsonPath("$.title").value(d.title()))
                .andExpect(jsonPath("$.contentUrl").value("/api/v1/documents/" + d.id().value() + "/content"));
    }

    @Test
    void servesTextAsTextUnderItsSanitisedName() throws Exception {
        Document d = documents.upload(new NewDocument(OWNER, owner(), null, uniqueTitle("Figures"), "..\\..\\figures.csv",
                Classified.publicDocument()), new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));

        mvc.perform(get("/documents/{id}", d.id().value()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"figures.csv\";")));
    }

    @Test
    void describesAnExemptDocumentToAnEntitledCaller() throws Exception {
        Document d = exemptPdf("Depot bids compared");

        mvc.perform(get("/api/v1/documents/{id}", d.id().value()).with(as(accounts, "scrutiny.chair"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(d.id().value()))
                .andExpect(jsonPath("$.classification").value("EXEMPT"))
                .andExpect(jsonPath("$.paragraph").value(3))
                .andExpect(jsonPath("$.paragraphDescription").value(
                        "Information relating to the financial or business affairs of any particular person "
                                + "(including the authority holding that information)"))
                .andExpect(jsonPath("$.publicSummary").value("A comparison of the bids for the depot contract"))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.sha256").value(d.sha256()));
        MvcResult content = mvc.perform(get("/api/v1/documents/{id}/content", d.id().value())
                        .with(as(accounts, "scrutiny.chair")))
                .andExpect(status().isOk()).andReturn();
        assertThat(DocumentsFixtures.textOf(content.getResponse().getContentAsByteArray()))
                .contains("supplied to " + nameOf(accounts, "scrutiny.chair"));
    }

    @Test
    void documentsTheApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}'].get.summary")
                        .value("A document's record and classification"))
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}/content'].get.responses['404']").exists());
    }

    private Document exemptPdf(String text) {
        return documents.upload(new NewDocument(OWNER, owner(), childrenCommittee(directory), uniqueTitle("Depot bids"),
                "Depot bids.pdf", Classified.exempt(3, "The bids are commercially sensitive until the contract is let",
                        "A comparison of the bids for the depot contract")),
                new ByteArrayInputStream(DocumentsFixtures.pdf(text)));
    }

    private static String owner() {
        return UUID.randomUUID().toString();
    }
}
