package org.scrutineer.recommendations;

/** Where the executive response to a report stands. */
public enum ResponseState {
    /** Being drafted by officers; it does not count as given. */
    DRAFT("Drafted, awaiting approval"),
    /** Approved by the cabinet member or cabinet: given. */
    APPROVED("Given");

    private final String label;

    ResponseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
