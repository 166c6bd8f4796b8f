package org.scrutineer.accounts;

import java.util.Optional;

import org.scrutineer.accounts.internal.ScrutineerUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, for modules that need to know who is acting. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    /** The signed-in user, if any. */
    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ScrutineerUser user) {
            return Optional.of(user.view());
        }
        return Optional.empty();
    }
}
