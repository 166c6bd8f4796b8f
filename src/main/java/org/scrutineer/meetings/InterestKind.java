package org.scrutineer.meetings;

/** The kinds of interest a member declares under the members' code of conduct. */
public enum InterestKind {
    DISCLOSABLE_PECUNIARY("Disclosable pecuniary interest"),
    OTHER_REGISTRABLE("Other registrable interest"),
    NON_REGISTRABLE("Non-registrable interest");

    private final String label;

    InterestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
