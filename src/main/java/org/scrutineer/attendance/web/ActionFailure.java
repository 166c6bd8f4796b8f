package org.scrutineer.attendance.web;

import java.util.List;
import java.util.Map;

import org.scrutineer.platform.FieldProblem;

/**
 * One of a page's many small forms (an action on one request, or on one request to speak) that broke a rule: the
 * page is shown again with the problems at the top and on that form, and the values typed kept. Each form's
 * fields carry ids prefixed with the form's own prefix ({@code r12-reason}), so that a page with many forms has
 * unique ids and the error summary links to the right field: the form is {@code r12-response}, its reason field
 * {@code r12-response-reason}.
 *
 * @param prefix the id prefix of the record's forms, e.g. {@code r12-} for request 12 or {@code s4-} for request to
 *        speak 4
 * @param action which form: notice, response, substitution, nomination, withdrawal, speak, speaking-decision
 * @param problems what is wrong
 * @param values what was typed, by parameter name
 */
record ActionFailure(String prefix, String action, List<FieldProblem> problems, Map<String, List<String>> values) {

    /** Whether this is the failure of the given form. */
    public boolean is(String prefix, String action) {
        return this.prefix.equals(prefix) && this.action.equals(action);
    }

    /** The value typed in a field (empty when none). */
    public String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
    }

    /** Whether a value was chosen for a field (a radio button or checkbox). */
    public boolean chosen(String name, Object value) {
        List<String> v = values.get(name);
        return v != null && v.contains(String.valueOf(value));
    }

    /** The first problem with a field, or null. */
    public String error(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).map(FieldProblem::message).findFirst()
                .orElse(null);
    }

    /** Where the error summary links for a problem: the field, or the form for a problem with the whole. */
    public String anchor(FieldProblem p) {
        return "#" + prefix + action + (p.field() == null ? "" : "-" + p.field());
    }
}
