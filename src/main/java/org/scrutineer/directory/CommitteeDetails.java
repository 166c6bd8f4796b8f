package org.scrutineer.directory;

import java.time.LocalDate;

/** What is recorded about a committee, as entered on a form or in an API request. */
public record CommitteeDetails(String name, CommitteeKind kind, Long parentId, String termsOfReference,
        LocalDate establishedOn, LocalDate dissolvedOn) {
}
