package org.scrutineer.inforequests;

/** How the executive answers a request. */
public enum Outcome {
    PROVIDED("Provided in full"), PARTLY_PROVIDED("Partly provided"), REFUSED("Refused");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    RequestState state() {
        return RequestState.valueOf(name());
    }
}
