package org.scrutineer.platform;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Names the JSON field at fault when a request body cannot be read, and what it should have held. */
final class JsonPaths {

    private JsonPaths() {
    }

    /**
     * The field's path, e.g. {@code responses[0].reasons}, or null when the body is not JSON at all. Any Jackson
     * exception that carries a path counts: a value of the wrong type, an unknown enum constant, a malformed date,
     * and a number too large for its field.
     */
    static String fieldOf(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        return null;
    }

    /** What the field should hold, in words (e.g. "one of CABINET_MEMBER, CABINET"), or null when unknown. */
    static String expectedOf(HttpMessageNotReadableException e) {
        Class<?> type = null;
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            type = mismatch.getTargetType();
        } else if (e.getCause() instanceof InputCoercionException coercion) {
            type = coercion.getTargetType();
        }
        if (type == null) {
            return null;
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == LocalTime.class) {
            return "a time written HH:MM";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (type == String.class) {
            return "text";
        }
        return null;
    }
}
