package org.scrutineer.directory;

import java.util.Set;

/**
 * What is recorded about a person, as entered on a form or in an API request. {@link DirectoryManagement}
 * checks it and reports every problem at once.
 */
public record PersonDetails(PersonKind kind, String honorific, String givenName, String familyName, String email,
        String phone, Long partyId, Long wardId, String postTitle, Long directorateId, Seniority seniority,
        Set<StatutoryRole> statutoryRoles, boolean supportsScrutiny, String organisation, boolean active) {

    public PersonDetails {
        statutoryRoles = statutoryRoles == null ? Set.of() : Set.copyOf(statutoryRoles);
    }
}
