package org.scrutineer.directory;

/** A member's role on a committee. */
public enum MembershipRole {
    CHAIR("Chair"), VICE_CHAIR("Vice-chair"), MEMBER("Member"), CO_OPTED_MEMBER("Co-opted member");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
