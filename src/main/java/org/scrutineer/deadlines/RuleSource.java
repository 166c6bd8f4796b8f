package org.scrutineer.deadlines;

/**
 * Where a deadline rule's value comes from.
 */
public enum RuleSource {

    /** The statutory default, fixed by legislation. */
    STATUTE,

    /**
     * A council's executive–scrutiny protocol, replacing a statutory default with a value stricter for the executive.
     */
    PROTOCOL,

    /** The law leaves the value to the council's constitution (for example call-in); the catalogue holds a default. */
    LOCAL
}
