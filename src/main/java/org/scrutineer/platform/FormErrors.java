package org.scrutineer.platform;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts a rule violation's field problems on a form, so the page shows them in its error summary. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Saves a submitted form: when the form could not be bound, or the save breaks a rule or meets someone else's
     * change, the problems go on the form, the page is marked as having errors and nothing is returned, so the
     * controller shows the form again; otherwise the save's result is returned.
     */
    public static <T> Optional<T> attempt(BindingResult result, Model model, Supplier<T> save) {
        if (!result.hasErrors()) {
            try {
                return Optional.of(save.get());
            } catch (RuleViolationException e) {
                apply(e, result);
            } catch (ConflictException e) {
                result.reject("conflict", e.getMessage());
            }
        }
        model.addAttribute("hasErrors", true);
        return Optional.empty();
    }

    /** Adds each problem to the binding result, on its field where the form has one. */
    public static void apply(RuleViolationException e, BindingResult result) {
        for (FieldProblem p : e.problems()) {
            if (p.field() != null && result.getTarget() != null && hasField(result, p.field())) {
                result.rejectValue(p.field(), "rule", p.message());
            } else {
                result.reject("rule", p.message());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return new org.springframework.beans.BeanWrapperImpl(result.getTarget()).isReadableProperty(field);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
