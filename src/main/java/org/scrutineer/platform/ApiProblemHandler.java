package org.scrutineer.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error from the JSON API into an RFC 9457 problem detail: bad input is a 400 or 422 naming the
 * field, a missing record a 404, and anything unexpected a 500 that carries the request id and never a stack
 * trace or exception message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request);
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "The request breaks a rule", e.getMessage(),
                request);
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else", e.getMessage(), request);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), request);
        problem.setProperty("errors", errors(List.of(new FieldProblem(e.parameter(), e.getMessage()))));
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String detail = "'" + e.getName() + "' has a value that could not be read: " + e.getValue();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", detail, request);
        problem.setProperty("errors", errors(List.of(new FieldProblem(e.getName(), detail))));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You do not have permission to do this.", request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "The request could not be completed. Quote the request id if you report this.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> problems.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> problems.add(new FieldProblem(null, g.getDefaultMessage())));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                problems.isEmpty() ? "The request is not valid" : describe(problems.get(0)), servlet(request));
        problem.setProperty("errors", errors(problems));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> problems.add(
                new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                problems.isEmpty() ? "The request is not valid" : describe(problems.get(0)), servlet(request));
        problem.setProperty("errors", errors(problems));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "The request body could not be read as JSON of the expected shape.";
        String field = JsonPaths.fieldOf(e);
        if (field != null) {
            String expected = JsonPaths.expectedOf(e);
            detail = "'" + field + "' has a value of the wrong type or format"
                    + (expected == null ? "." : ": it must be " + expected + ".");
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request", detail, servlet(request));
        if (field != null) {
            problem.setProperty("errors", errors(List.of(new FieldProblem(field, detail))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            String id = RequestIds.of(servlet(request));
            if (id != null) {
                problem.setProperty("requestId", id);
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String describe(FieldProblem p) {
        return p.field() == null ? p.message() : "'" + p.field() + "': " + p.message();
    }

    private static List<Map<String, String>> errors(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> p.field() == null ? Map.of("message", p.message())
                        : Map.of("field", p.field(), "message", p.message()))
                .toList();
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        String id = RequestIds.of(request);
        if (id != null) {
            problem.setProperty("requestId", id);
        }
        return problem;
    }
}
