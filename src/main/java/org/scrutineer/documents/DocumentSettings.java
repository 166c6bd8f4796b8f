package org.scrutineer.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Document settings ({@code scrutineer.documents.*}).
 *
 * @param maxSize the largest file accepted (20 MB unless set); the servlet's multipart limits sit a little above it
 * @param storeDir where files are kept ({@code ${scrutineer.data-dir}/documents} unless set). Every node of a
 *                 deployment must reach the same directory: in production, shared storage (an NFS or SMB share, a
 *                 cloud file system) mounted on each node
 */
@ConfigurationProperties("scrutineer.documents")
public record DocumentSettings(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("./data/documents") Path storeDir) {

    public DocumentSettings {
        if (maxSize == null || maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("scrutineer.documents.max-size must be at least 1 byte");
        }
        if (storeDir == null) {
            throw new IllegalArgumentException("scrutineer.documents.store-dir must be set");
        }
    }

    /** The limit in words, e.g. "20 MB". */
    public String maxSizeLabel() {
        long bytes = maxSize.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
