package org.scrutineer.forwardplan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What the forward plan's pages share: the signed-in actor, the 422 answer to a broken rule, mistyped values. */
final class ForwardPlanPages {

    private ForwardPlanPages() {
    }

    static Actor actor() {
        return CurrentUsers.current().map(Actor::of)
                .orElseThrow(() -> new AccessDeniedException("Sign in to see the forward plan"));
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
     * Saves, unless something was typed that cannot be read (an amount that is not a number, a question left
     * unanswered): then nothing is saved and the person is told about it together with everything else the rules
     * find wrong, so that they can put the whole form right at once.
     */
    static <T> T unlessMistyped(List<FieldProblem> mistyped, Supplier<List<FieldProblem>> rules, Supplier<T> save) {
        if (mistyped.isEmpty()) {
            return save.get();
        }
        Set<String> fields = mistyped.stream().map(FieldProblem::field).collect(Collectors.toSet());
        List<FieldProblem> all = new ArrayList<>(mistyped);
        rules.get().stream().filter(p -> p.field() == null || !fields.contains(p.field())).forEach(all::add);
        throw new RuleViolationException(all);
    }

    /**
     * Runs an action whose problems name the facade's fields, renaming them to the fields of the form on the page
     * (several small forms share one page, so their fields need names of their own).
     */
    static void renaming(Map<String, String> fields, Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.problems().stream()
                    .map(p -> p.field() == null || !fields.containsKey(p.field()) ? p
                            : new FieldProblem(fields.get(p.field()), p.message()))
                    .toList());
        }
    }
}
