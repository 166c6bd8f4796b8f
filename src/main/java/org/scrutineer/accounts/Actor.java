package org.scrutineer.accounts;

import java.util.Set;

import org.scrutineer.directory.PersonId;

/**
 * Who is acting on a record: each facade checks what they may do by their roles and by their
 * relationship to the record (a member of the committee, the cabinet member for the portfolio, a person the
 * draft was shared with).
 *
 * @param person the person in the directory (null for a technical account or the system)
 * @param name the name recorded against what they do
 * @param roles their roles
 * @param system whether this is the application itself (demo data, imports run by a scrutiny officer's request
 *               are not: they act as that officer)
 */
public record Actor(PersonId person, String name, Set<Role> roles, boolean system) {

    /** The application itself, loading demo or generated data. */
    public static final Actor SYSTEM = new Actor(null, "Scrutineer", Set.of(), true);

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The signed-in user as an actor. */
    public static Actor of(CurrentUser user) {
        return new Actor(user.personId(), user.displayName(), user.roles(), false);
    }

    public boolean has(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this is the person. */
    public boolean is(PersonId other) {
        return person != null && person.equals(other);
    }
}
