package org.scrutineer.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code SPRING_DATASOURCE_URL} is set.
 *
 * @param dataDir where the data lives ({@code SCRUTINEER_DATA_DIR}); the cluster is kept under {@code postgres/}
 * @param port the port to listen on (0 picks a free one)
 * @param freshDatabasePerContext tests: share one server per JVM and give each application context a new,
 *        empty database in a temporary directory
 */
@ConfigurationProperties("scrutineer.embedded-postgres")
public record EmbeddedDatabaseSettings(Path dataDir, int port, boolean freshDatabasePerContext) {
}
