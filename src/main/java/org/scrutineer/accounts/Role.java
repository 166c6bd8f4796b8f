package org.scrutineer.accounts;

/**
 * What a user may do in Scrutineer. Every role but {@link #ADMINISTRATOR} derives from the person's standing in
 * the directory, so a change of committee seat or portfolio changes a user's roles at their next sign-in.
 */
public enum Role {
    /** Supports the scrutiny function (Democratic Services), or is the statutory scrutiny officer. */
    SCRUTINY_OFFICER("Scrutiny officer"),
    /** Chair or vice-chair of an overview and scrutiny committee or task-and-finish group. */
    SCRUTINY_CHAIR("Scrutiny chair"),
    /** A member of an overview and scrutiny committee or task-and-finish group. */
    SCRUTINY_MEMBER("Scrutiny member"),
    /** Any serving councillor. */
    COUNCILLOR("Councillor"),
    /** Sits on the cabinet or holds a portfolio. */
    CABINET_MEMBER("Cabinet member"),
    /** Chairs the cabinet: the leader of the council. */
    LEADER("Leader"),
    /** A chief officer (director) or the chief executive. */
    CHIEF_OFFICER("Chief officer"),
    /** Any officer of the council. */
    OFFICER("Officer"),
    /** Holds the statutory role of monitoring officer. */
    MONITORING_OFFICER("Monitoring officer"),
    /** The chief executive: the head of paid service. */
    HEAD_OF_PAID_SERVICE("Head of paid service"),
    /** Looks after the directory and accounts. Set on the account, not derived. */
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
