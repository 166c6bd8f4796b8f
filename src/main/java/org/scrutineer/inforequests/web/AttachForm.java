package org.scrutineer.inforequests.web;

import java.io.IOException;
import java.io.InputStream;

import org.scrutineer.documents.DocumentUpload;
import org.springframework.web.multipart.MultipartFile;

/**
 * A document the executive provides, with its classification: the fields of the documents module's
 * {@code uploadFields} fragment.
 */
public class AttachForm {

    private MultipartFile file;
    private String title;
    private String classification;
    private Integer paragraph;
    private String publicInterestReason;
    private String publicSummary;

    DocumentUpload upload() {
        return new DocumentUpload(title, classification, paragraph, publicInterestReason, publicSummary);
    }

    /** Whether a file was chosen (an empty one with a name was chosen, and is refused as empty). */
    boolean chosen() {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
    }

    String fileName() {
        return file == null ? null : file.getOriginalFilename();
    }

    InputStream content() throws IOException {
        return chosen() ? file.getInputStream() : null;
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
    public void setPublicInterestReason(String reason) { this.publicInterestReason = reason; }
    public String getPublicSummary() { return publicSummary; }
    public void setPublicSummary(String publicSummary) { this.publicSummary = publicSummary; }
}
