package org.scrutineer.accounts;

import java.util.Set;

import org.scrutineer.directory.PersonId;

/**
 * The signed-in user, as pages and other modules see them.
 *
 * @param accountId the account's id
 * @param username the sign-in name
 * @param displayName the person's name (or the username for an account with no person)
 * @param personId the person in the directory (null for a technical account)
 * @param roles the roles held this session
 */
public record CurrentUser(long accountId, String username, String displayName, PersonId personId, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user looks after the directory and accounts. */
    public boolean administrator() {
        return roles.contains(Role.ADMINISTRATOR);
    }
}
