package org.scrutineer.accounts;

import java.util.Set;

/**
 * An entry in the service navigation. Modules declare these as beans; each user sees the ones for their roles.
 *
 * @param label the link text
 * @param path where it goes; also marks the entry current for pages under it
 * @param order position, lowest first
 * @param visibleTo the roles that see it (empty: every signed-in user)
 */
public record NavigationItem(String label, String path, int order, Set<Role> visibleTo) {

    public boolean visibleTo(CurrentUser user) {
        return user != null && (visibleTo.isEmpty() || visibleTo.stream().anyMatch(user::has));
    }
}
