package org.scrutineer.forwardplan;

/** How a key decision may lawfully be taken. */
public enum DecisionRoute {
    NOTICE("Notice on the forward plan 28 clear days ahead (reg 9)"),
    GENERAL_EXCEPTION("General exception: the scrutiny chair told and notice published 5 clear days ahead (reg 10)"),
    SPECIAL_URGENCY("Special urgency: agreed by the scrutiny chair, or the chair or vice-chair of the council (reg 11)");

    private final String label;

    DecisionRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
