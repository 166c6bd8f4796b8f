package org.scrutineer.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An opened document: its record and its content, to be closed once read.
 *
 * @param document the document
 * @param stream its content as stored
 */
public record DocumentContent(Document document, InputStream stream) implements AutoCloseable {

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
