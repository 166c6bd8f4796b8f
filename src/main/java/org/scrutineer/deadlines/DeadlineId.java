package org.scrutineer.deadlines;

/** Identifies a tracked deadline. */
public record DeadlineId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
