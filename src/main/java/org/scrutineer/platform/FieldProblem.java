package org.scrutineer.platform;

/**
 * What is wrong with one field of a request, in words a person can act on. Serializable, because a page that
 * redirects after a failed action carries its problems in the (database-backed) session as a flash attribute.
 *
 * @param field the field's name as the form or JSON body names it (null for the request as a whole)
 * @param message what is wrong and how to put it right
 */
public record FieldProblem(String field, String message) implements java.io.Serializable {
}
