package org.scrutineer.recommendations;

/** Identifies a recommendation. */
public record RecommendationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
