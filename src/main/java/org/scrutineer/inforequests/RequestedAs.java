package org.scrutineer.inforequests;

/** On whose authority the request is made. */
public enum RequestedAs {
    COMMITTEE("The committee"), CHAIR("The chair"), MEMBER("A member");

    private final String label;

    RequestedAs(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
