package org.scrutineer.inforequests;

/** Identifies an information request. */
public record InformationRequestId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
