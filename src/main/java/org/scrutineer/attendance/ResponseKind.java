package org.scrutineer.attendance;

/** How a person answers a request to attend. */
public enum ResponseKind {
    CONFIRM("Confirm attendance"),
    DECLINE("Decline, with the reason"),
    PROPOSE_SUBSTITUTE("Propose someone else to attend");

    private final String label;

    ResponseKind(String label) {
        this.label = label;
    }

    /** The label people read. */
    public String label() {
        return label;
    }
}
