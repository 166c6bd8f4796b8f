package org.scrutineer.attendance;

/** Why someone attends. */
public enum RequestKind {
    /** A formal requirement (LGA 2000 s9FA): only a member of the executive or an officer of the council. */
    REQUIREMENT("Requirement to attend"),
    /** An invitation: anyone, such as partners, external witnesses and councillors. */
    INVITATION("Invitation to attend"),
    /** The leader or chief executive, who may attend any scrutiny meeting and speak at the chair's invitation. */
    BY_RIGHT("Attending by right");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    /** The label people read. */
    public String label() {
        return label;
    }
}
