package org.scrutineer.recommendations;

/** Where a recommendation stands in the tracker. */
public enum Stage {
    DRAFT("Draft", false),
    AGREED("Agreed, notice not served", false),
    AWAITING_RESPONSE("Awaiting response", false),
    IN_PROGRESS("Being implemented", false),
    DEFERRED("Deferred", false),
    REJECTED("Rejected", true),
    IMPLEMENTED("Implemented (signed off)", true);

    private final String label;
    private final boolean closed;

    Stage(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    public String label() {
        return label;
    }

    /** Whether nothing more is expected of it. */
    public boolean closed() {
        return closed;
    }

    /** Whether implementation updates are expected. */
    public boolean monitored() {
        return this == IN_PROGRESS || this == DEFERRED;
    }

    /** The stage a recommendation enters when the executive's response is given. */
    public static Stage after(ResponseDecision decision) {
        return switch (decision) {
            case ACCEPTED, PARTIALLY_ACCEPTED -> IN_PROGRESS;
            case DEFERRED -> DEFERRED;
            case REJECTED -> REJECTED;
        };
    }
}
