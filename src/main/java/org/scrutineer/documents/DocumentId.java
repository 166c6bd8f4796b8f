package org.scrutineer.documents;

/** Identifies a document. */
public record DocumentId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
