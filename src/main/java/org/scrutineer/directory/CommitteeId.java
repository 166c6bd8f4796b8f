package org.scrutineer.directory;

/** Identifies a committee, task-and-finish group, cabinet or full council. */
public record CommitteeId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
