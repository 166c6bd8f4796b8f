package org.scrutineer.directory;

/** Identifies a person in the directory. */
public record PersonId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
