package org.scrutineer.inforequests.web;

import java.util.Map;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What the information request pages share: the signed-in actor, the 422 answer to a broken rule, field renaming. */
final class RequestPages {

    private RequestPages() {
    }

    static Actor actor() {
        return CurrentUsers.current().map(Actor::of)
                .orElseThrow(() -> new AccessDeniedException("Sign in to see information requests"));
    }

    /**
     * Marks the response 422 Unprocessable Content, as the API answers a broken rule, and gives back the view that
     * shows the form again with its error summary and everything the person typed.
     */
    static String unprocessable(String view) {
        var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        if (attributes.getResponse() != null) {
            attributes.getResponse().setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return view;
    }

    /**
     * Runs a save, giving the facade's problems the names of the form's own fields (the request page has several
     * forms, and two dates may not share an id).
     */
    static <T> T renaming(Map<String, String> names, java.util.function.Supplier<T> save) {
        try {
            return save.get();
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.problems().stream()
                    .map(p -> p.field() != null && names.containsKey(p.field())
                            ? new FieldProblem(names.get(p.field()), p.message()) : p)
                    .toList());
        }
    }
}
