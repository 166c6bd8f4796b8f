package org.scrutineer.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

/**
 * A request that is well formed but breaks a rule of the domain (a rejection without reasons, a decision date
 * that breaks the notice period). Answered with 422 and the field errors; pages show them in an error summary.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public RuleViolationException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public RuleViolationException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "A rule was broken" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
