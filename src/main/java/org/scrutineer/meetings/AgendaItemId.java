package org.scrutineer.meetings;

/** Identifies a agenda item. */
public record AgendaItemId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
