package org.scrutineer.recommendations.web;

import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.recommendations.Actor;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in user as the actor the facade checks. */
final class Acting {

    private Acting() {
    }

    static Actor actor() {
        return CurrentUsers.current().map(Actor::of)
                .orElseThrow(() -> new AccessDeniedException("Sign in to use the recommendations tracker"));
    }
}
