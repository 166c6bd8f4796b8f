package org.scrutineer.platform;

import org.springframework.validation.BindingResult;

/** Puts a rule violation's field problems on a form, so the page shows them in its error summary. */
public final class FormErrors {

    private FormErrors() {
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
