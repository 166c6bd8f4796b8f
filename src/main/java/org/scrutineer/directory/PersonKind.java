package org.scrutineer.directory;

/** Who a person is to the council. */
public enum PersonKind {
    COUNCILLOR("Councillor"), OFFICER("Officer"), WITNESS("External witness");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
