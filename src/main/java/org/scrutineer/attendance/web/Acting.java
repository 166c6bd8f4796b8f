package org.scrutineer.attendance.web;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in user as the actor the facade checks, and how a page answers a form that broke a rule. */
final class Acting {

    private Acting() {
    }

    /**
     * Marks the response 422 Unprocessable Content, as the API answers a broken rule, and gives back the view that
     * shows the form again with its error summary and everything the person typed.
     */
    static String unprocessable(String view) {
        var response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
        if (response != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return view;
    }

    static Actor actor() {
        return CurrentUsers.current().map(Actor::of)
                .orElseThrow(() -> new AccessDeniedException("Sign in to arrange attendance"));
    }
}
