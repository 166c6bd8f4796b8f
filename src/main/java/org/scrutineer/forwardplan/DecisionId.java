package org.scrutineer.forwardplan;

/** Identifies an executive decision on the forward plan. */
public record DecisionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
