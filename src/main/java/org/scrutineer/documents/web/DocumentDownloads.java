package org.scrutineer.documents.web;

import java.nio.charset.StandardCharsets;

import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentContent;
import org.scrutineer.documents.DocumentId;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.platform.Viewer;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A document's file as a download, for the page and the API alike: only if the signed-in viewer (or a visitor) may
 * read it, otherwise not found; named with its sanitised name, typed by its content and never sniffed by the browser;
 * a restricted PDF stamped with the viewer's name on every page.
 */
@Component
class DocumentDownloads {

    private final DocumentManagement documents;

    DocumentDownloads(DocumentManagement documents) {
        this.documents = documents;
    }

    ResponseEntity<Resource> download(long id) {
        Viewer viewer = documents.currentViewer();
        DocumentId documentId = new DocumentId(id);
        DocumentContent content = documents.open(viewer, documentId);
        Document d = content.document();
        if (d.restricted() && d.pdf()) {
            content.close();
            byte[] stamped = documents.watermarkedPdf(viewer, documents.currentViewerName(), documentId);
            return response(d, stamped.length).body(new ByteArrayResource(stamped));
        }
        return response(d, d.size()).body(new InputStreamResource(content.stream()));
    }

    private static ResponseEntity.BodyBuilder response(Document d, long length) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setContentType(MediaType.parseMediaType(d.mediaType()));
        headers.setContentLength(length);
        // restricted files must not linger in shared caches or the browser's
        headers.setCacheControl(d.restricted() ? CacheControl.noStore().cachePrivate() : CacheControl.noCache());
        return ResponseEntity.ok().headers(headers);
    }
}
