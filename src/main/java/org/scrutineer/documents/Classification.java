package org.scrutineer.documents;

/**
 * How far a document may be shown: to anyone, or only to those entitled to see exempt or confidential information.
 */
public enum Classification {
    /** Open to the public, including visitors who have not signed in. */
    PUBLIC("Public"),
    /**
     * Exempt information under Local Government Act 1972 Schedule 12A (a paragraph 1 to 7), where the public interest
     * in keeping it exempt outweighs the public interest in disclosing it.
     */
    EXEMPT("Exempt"),
    /** Confidential information (LGA 1972 s100A(3)): given by a government department on terms forbidding
     * disclosure, or whose disclosure a law or court order forbids. */
    CONFIDENTIAL("Confidential");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** The word shown to people. */
    public String label() {
        return label;
    }

    /** Whether only those entitled may see it. */
    public boolean restricted() {
        return this != PUBLIC;
    }
}
