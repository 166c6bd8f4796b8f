package org.scrutineer.documents.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads a document. The URL is open to everyone; whether this viewer may read this document is decided by
 * {@link org.scrutineer.documents.DocumentManagement#mayRead}, and a document they may not read is not found.
 */
@Controller
class DocumentController {

    private final DocumentDownloads downloads;

    DocumentController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/documents/{id:\\d+}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        return downloads.download(id);
    }
}
