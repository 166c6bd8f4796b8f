package org.scrutineer.directory;

import java.time.LocalDate;

/**
 * A committee, task-and-finish group (or sub-group), the cabinet or full council.
 *
 * @param id its id
 * @param name its name
 * @param kind its kind
 * @param parent the committee a task-and-finish group reports to (null otherwise)
 * @param termsOfReference what it may consider
 * @param establishedOn when it was set up (optional)
 * @param dissolvedOn when it ended (null while it exists)
 * @param version for optimistic locking
 */
public record Committee(CommitteeId id, String name, CommitteeKind kind, Reference parent, String termsOfReference,
        LocalDate establishedOn, LocalDate dissolvedOn, int version) {

    /** Whether the committee exists on the given day. */
    public boolean activeOn(LocalDate day) {
        return (establishedOn == null || !day.isBefore(establishedOn)) && (dissolvedOn == null || !day.isAfter(dissolvedOn));
    }

    /** The fields an administrator edits. */
    public CommitteeDetails details() {
        return new CommitteeDetails(name, kind, parent == null ? null : parent.id(), termsOfReference, establishedOn,
                dissolvedOn);
    }
}
