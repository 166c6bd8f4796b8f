package org.scrutineer.documents.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentId;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.documents.ExemptParagraph;
import org.scrutineer.platform.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents as JSON, with the access rule the pages apply ({@link DocumentManagement#mayRead}): a public document is
 * open to anyone, an exempt or confidential one to those entitled, and one the caller may not read is a 404, as one
 * that does not exist.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Reports and attachments, each public, exempt (LGA 1972 Schedule 12A) or "
        + "confidential; exempt and confidential ones only for those entitled to them")
class DocumentsApiController {

    private final DocumentManagement documents;
    private final DocumentDownloads downloads;

    DocumentsApiController(DocumentManagement documents, DocumentDownloads downloads) {
        this.documents = documents;
        this.downloads = downloads;
    }

    /** A document's record as the API gives it. */
    record DocumentResource(long id, String ownerType, String ownerId, Long committeeId, String title,
            String fileName,
            @Schema(description = "the type its content showed it to be") String mediaType,
            @Schema(description = "the type in words, e.g. PDF, Word document") String type,
            @Schema(description = "bytes") long size, String sha256,
            @Schema(description = "PUBLIC, EXEMPT or CONFIDENTIAL") String classification,
            @Schema(description = "Schedule 12A paragraph 1 to 7, when exempt") Integer paragraph,
            @Schema(description = "the paragraph's description of exempt information") String paragraphDescription,
            @Schema(description = "why it is withheld, when exempt or confidential") String publicInterestReason,
            @Schema(description = "what the public see in its place, when exempt or confidential") String publicSummary,
            String classifiedBy, Instant classifiedAt, String uploadedBy, Instant uploadedAt, int version,
            @Schema(description = "where its content is downloaded") String contentUrl) {

        static DocumentResource of(Document d) {
            ExemptParagraph p = d.exemptParagraph();
            return new DocumentResource(d.id().value(), d.ownerType(), d.ownerId(), d.committeeId(), d.title(),
                    d.fileName(), d.mediaType(), d.typeLabel(), d.size(), d.sha256(), d.classification().name(),
                    d.paragraph(), p == null ? null : p.label(), d.publicInterestReason(), d.publicSummary(),
                    d.classifiedBy(), d.classifiedAt(), d.uploadedBy(), d.uploadedAt(), d.version(),
                    "/api/v1/documents/" + d.id().value() + "/content");
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "A document's record and classification", description = "Public documents are open to "
            + "anyone; exempt and confidential ones to scrutiny officers, the monitoring officer, the head of paid "
            + "service and current members of the document's committee.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "404", description = "No such document, or one the caller may not read")
    DocumentResource document(@PathVariable long id) {
        Document d = documents.require(new DocumentId(id));
        if (!documents.mayRead(documents.currentViewer(), d)) {
            throw new NotFoundException("Document " + id);
        }
        return DocumentResource.of(d);
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "A document's file", description = "As an attachment, typed by its content. An exempt or "
            + "confidential PDF is stamped on every page with the caller's name and the date it was supplied.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream"))
    @ApiResponse(responseCode = "404", description = "No such document, or one the caller may not read")
    ResponseEntity<Resource> content(@PathVariable long id) {
        return downloads.download(id);
    }
}
