package org.scrutineer.meetings.web;

import org.scrutineer.documents.Classification;
import org.scrutineer.documents.DocumentUpload;
import org.scrutineer.meetings.AgendaItem;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form to add a report or other document to an agenda item: the file and its classification, with the
 * properties {@code templates/documents/fragments.html :: uploadFields} expects.
 */
public class ItemDocumentForm {

    private MultipartFile file;
    private String title;
    private String classification;
    private Integer paragraph;
    private String publicInterestReason;
    private String publicSummary;

    /**
     * A blank form for the item. A private item's papers are usually exempt for the same reason as the item, so
     * the form starts exempt under the item's paragraph; the officer can change it.
     */
    static ItemDocumentForm forItem(AgendaItem item) {
        ItemDocumentForm form = new ItemDocumentForm();
        if (item.inPrivate()) {
            form.setClassification(Classification.EXEMPT.name());
            form.setParagraph(item.exemptParagraph());
        }
        return form;
    }

    /** The classification and title as the documents module takes them. */
    DocumentUpload upload() {
        return new DocumentUpload(title, classification, paragraph, publicInterestReason, publicSummary);
    }

    /** Whether a file was chosen (a browser sends an empty part with no name when none was). */
    boolean hasFile() {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
    }

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
