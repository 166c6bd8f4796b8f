package org.scrutineer.directory;

import java.util.Set;

/**
 * A person as the directory shows them.
 *
 * @param id the person's id
 * @param kind councillor, officer or external witness
 * @param honorific e.g. "Cllr", "Dr" (optional)
 * @param givenName given name
 * @param familyName family name
 * @param fullName the name as displayed
 * @param email contact e-mail
 * @param phone contact telephone
 * @param party a councillor's party (null otherwise)
 * @param ward a councillor's ward (null otherwise)
 * @param postTitle an officer's post
 * @param directorate an officer's directorate
 * @param seniority an officer's seniority
 * @param statutoryRoles statutory roles an officer holds
 * @param supportsScrutiny whether the officer supports the scrutiny function (Democratic Services)
 * @param organisation an external witness's organisation
 * @param active whether the person is current (a former councillor or officer is not)
 * @param version for optimistic locking
 */
public record Person(PersonId id, PersonKind kind, String honorific, String givenName, String familyName,
        String fullName, String email, String phone, Reference party, Reference ward, String postTitle,
        Reference directorate, Seniority seniority, Set<StatutoryRole> statutoryRoles, boolean supportsScrutiny,
        String organisation, boolean active, int version) {

    /** A line describing the person's position: party and ward, post and directorate, or organisation. */
    public String description() {
        return switch (kind) {
            case COUNCILLOR -> join(party == null ? null : party.name(), ward == null ? null : ward.name() + " ward");
            case OFFICER -> join(postTitle, directorate == null ? null : directorate.name());
            case WITNESS -> organisation;
        };
    }

    /** The fields an administrator edits. */
    public PersonDetails details() {
        return new PersonDetails(kind, honorific, givenName, familyName, email, phone,
                party == null ? null : party.id(), ward == null ? null : ward.id(), postTitle,
                directorate == null ? null : directorate.id(), seniority, statutoryRoles, supportsScrutiny,
                organisation, active);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }
}
