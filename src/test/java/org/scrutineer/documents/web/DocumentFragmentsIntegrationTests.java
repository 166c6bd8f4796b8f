package org.scrutineer.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scrutineer.documents.Classification;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentId;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** The documents fragments other modules embed, rendered by the application's own Thymeleaf set-up. */
@ScrutineerIntegrationTest
class DocumentFragmentsIntegrationTests {

    private static final Document OPEN = document(1, "Work programme 2026/27", Classification.PUBLIC, null, null,
            "application/pdf", 1_250_000);
    private static final Document EXEMPT = document(2, "Bids from Acme Ltd and Bloggs plc", Classification.EXEMPT, 3,
            "A comparison of the bids for the depot contract",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 34_000);
    private static final Document CONFIDENTIAL = document(3, "Counsel's opinion on the Smith case",
            Classification.CONFIDENTIAL, null, "Legal advice on a case before the courts", "text/plain;charset=UTF-8",
            512);

    @Autowired
    ThymeleafViewResolver views;

    @Autowired
    WebApplicationContext context;

    @Test
    void listsDocumentsWithLinksTypesSizesAndMarkings() throws Exception {
        String html = render(Map.of("part", "list", "documents", List.of(OPEN, EXEMPT, CONFIDENTIAL)));

        assertThat(html).contains("href=\"/documents/1\"", "Work programme 2026/27", "PDF", "1.2 MB")
                .contains("href=\"/documents/2\"", "Bids from Acme Ltd and Bloggs plc", "Word document", "33 KB",
                        "Exempt information (Schedule 12A paragraph 3)")
                .contains("href=\"/documents/3\"", "Confidential", "Text", "512 bytes");
    }

    @Test
    void showsThePublicOnlyTheSummaryOfAWithheldDocument() throws Exception {
        String html = render(Map.of("part", "publicList", "documents", List.of(OPEN, EXEMPT, CONFIDENTIAL)));

        assertThat(html).contains("href=\"/documents/1\"", "Work programme 2026/27")
                .contains("Exempt document withheld: A comparison of the bids for the depot contract")
                .contains("Confidential document withheld: Legal advice on a case before the courts")
                .doesNotContain("/documents/2", "/documents/3", "Acme", "Smith", "Word document", "33 KB");
    }

    @Test
    void rendersTheUploadFieldsWithTheirErrors() throws Exception {
        UploadForm form = new UploadForm();
        form.setTitle("Bids compared");
        form.setClassification("EXEMPT");
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        result.rejectValue("paragraph", "rule", "Select the paragraph of Schedule 12A that makes the document exempt");
        Map<String, Object> model = new HashMap<>();
        model.put("part", "uploadFields");
        model.put("form", form);
        model.put(BindingResult.MODEL_KEY_PREFIX + "form", result);

        String html = render(model);

        assertThat(html).contains("type=\"file\"", "name=\"file\"", "up to 20 MB")
                .contains("value=\"Bids compared\"")
                .contains("id=\"classification\"", "value=\"PUBLIC\"", "value=\"CONFIDENTIAL\"")
                .containsPattern("value=\"EXEMPT\"[^>]*checked")
                .contains("3. Information relating to the financial or business affairs of any particular person")
                .contains("Select the paragraph of Schedule 12A that makes the document exempt")
                .contains("name=\"publicInterestReason\"", "name=\"publicSummary\"")
                .doesNotContain("govuk-radios__conditional--hidden");
    }

    @Test
    void asksForTheParagraphBesideTheChoiceWithoutAConditionalReveal() throws Exception {
        UploadForm form = new UploadForm();
        form.setClassification("PUBLIC");
        Map<String, Object> model = new HashMap<>();
        model.put("part", "uploadFields");
        model.put("form", form);
        model.put(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));

        String html = render(model);

        // a radio marked aria-expanded is an ARIA error axe reports (alphagov/govuk-frontend#979)
        assertThat(html).containsPattern("value=\"PUBLIC\"[^>]*checked")
                .contains("<label class=\"govuk-label govuk-label--s\" for=\"paragraph\">Schedule 12A paragraph")
                .doesNotContain("aria-controls", "govuk-radios__conditional");
    }

    private String render(Map<String, ?> model) throws Exception {
        View view = views.resolveViewName("test/documents-fragments", Locale.UK);
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext());
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.render(model, request, response);
        return response.getContentAsString();
    }

    private static Document document(long id, String title, Classification c, Integer paragraph, String summary,
            String mediaType, long size) {
        return new Document(new DocumentId(id), "test", "1", null, title, "file", mediaType, size, "0".repeat(64), c,
                paragraph, c == Classification.PUBLIC ? null : "reason", summary, "system", Instant.now(), "system",
                Instant.now(), 0, null);
    }

    /** An owner module's upload form, as the fragment expects it. */
    public static class UploadForm {

        private MultipartFile file;
        private String title;
        private String classification;
        private Integer paragraph;
        private String publicInterestReason;
        private String publicSummary;

        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getClassification() { return classification; }
        public void setClassification(String classification) { this.classification = classification; }
        public Integer getParagraph() { return paragraph; }
        public void setParagraph(Integer paragraph) { this.paragraph = paragraph; }
        public String getPublicInterestReason() { return publicInterestReason; }
        public void setPublicInterestReason(String publicInterestReason) { this.publicInterestReason = publicInterestReason; }
        public String getPublicSummary() { return publicSummary; }
        public void setPublicSummary(String publicSummary) { this.publicSummary = publicSummary; }
    }
}
