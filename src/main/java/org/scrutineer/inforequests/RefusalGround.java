package org.scrutineer.inforequests;

/** The grounds on which SI 2012/2089 reg 17 lets the executive withhold a document from an O&S member. */
public enum RefusalGround {
    EXEMPT_NOT_RELEVANT("Exempt or confidential information not relevant to an action or decision the member is "
            + "reviewing or scrutinising, or to a review in the committee's work programme (reg 17(3)(a))"),
    POLITICAL_ADVICE("Advice provided by a political adviser or assistant (reg 17(3)(b))");

    private final String label;

    RefusalGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
