package org.scrutineer.recommendations.web;

import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.accounts.Actor;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in user as the actor the facade checks, and how a page answers a form that broke a rule. */
final class Acting {

    private Acting() {
    }

    /**
     * Marks the response 422 Unprocessable Content, as the API answers a broken rule, and gives back the view that
     * shows the form again with its error summary and everything the person typed.
     */
    static String unprocessable(String view) {
        var attributes = org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        var response = ((org.springframework.web.context.request.ServletRequestAttributes) attributes).getResponse();
        if (response != null) {
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return view;
    }

    static Actor actor() {
        return CurrentUsers.current().map(Actor::of)
                .orElseThrow(() -> new AccessDeniedException("Sign in to use the recommendations tracker"));
    }
}
