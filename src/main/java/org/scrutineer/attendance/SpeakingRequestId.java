package org.scrutineer.attendance;

/** Identifies a councillor's request to speak on an item. */
public record SpeakingRequestId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
