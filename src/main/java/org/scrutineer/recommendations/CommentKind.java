package org.scrutineer.recommendations;

/** What a comment on a draft is about. */
public enum CommentKind {
    FACTUAL_ACCURACY("Factual accuracy"),
    FEASIBILITY("Feasibility"),
    GENERAL("General");

    private final String label;

    CommentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
