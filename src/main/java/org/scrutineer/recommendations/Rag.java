package org.scrutineer.recommendations;

/** A tracker's red–amber–green status, with the words a screen reader and a printout need. */
public enum Rag {
    RED("Red", "needs attention"),
    AMBER("Amber", "watch"),
    GREEN("Green", "on course"),
    GREY("Grey", "not started or closed");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
