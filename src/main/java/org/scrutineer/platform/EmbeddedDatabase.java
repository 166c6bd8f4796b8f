package org.scrutineer.platform;

/**
 * Present as a bean when the application runs on its own embedded PostgreSQL rather than a configured
 * server; the demo council is loaded on first start only then.
 *
 * @param jdbcUrl where the embedded server can be reached, for diagnostics
 * @param freshlyCreated whether the database was created empty by this start
 */
public record EmbeddedDatabase(String jdbcUrl, boolean freshlyCreated) {
}
