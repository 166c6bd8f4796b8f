package org.scrutineer.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL (zonky) when {@code spring.datasource.url} is not set, so that one command runs
 * Scrutineer on a fresh machine. The cluster lives in {@code ${scrutineer.data-dir}/postgres} and survives
 * restarts. With {@code spring.datasource.url} set nothing embedded starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String DATABASE = "scrutineer";
    private static final AtomicInteger contexts = new AtomicInteger();

    /** One server per JVM for tests; each test context gets its own database in it. */
    private static EmbeddedPostgres sharedTestServer;

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseSettings settings,
            @Value("${scrutineer.data-dir:./data}") Path dataDir, ServerHolder lifecycle) {
        try {
            if (settings.freshDatabasePerContext()) {
                EmbeddedPostgres server = sharedTestServer();
                String name = DATABASE + "_" + ProcessHandle.current().pid() + "_" + contexts.incrementAndGet();
                createDatabaseIfMissing(server, name);
                return new EmbeddedDatabase(server.getJdbcUrl("postgres", name), true);
            }
            EmbeddedPostgres server = ServerHolder.start(dataDir.resolve("postgres"), settings.port());
            boolean created = createDatabaseIfMissing(server, DATABASE);
            String url = server.getJdbcUrl("postgres", DATABASE);
            log.info("Embedded PostgreSQL running at {} with data in {}", url, dataDir.toAbsolutePath());
            return new EmbeddedDatabase(url, created);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("scrutineer");
        return new HikariDataSource(config);
    }

    /** Depended on by the database bean, so the server stops only after the pool has closed. */
    @Bean(destroyMethod = "stop")
    ServerHolder embeddedPostgresLifecycle() {
        return new ServerHolder();
    }

    private static synchronized EmbeddedPostgres sharedTestServer() throws IOException {
        if (sharedTestServer == null) {
            Path dir = Files.createTempDirectory("scrutineer-test-pg");
            sharedTestServer = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .setRegisterShutdownHook(false)
                    .start();
            // Stop it only after every context has closed: a JVM hook of its own would race the contexts' shutdown,
            // and a context closing against a stopped server waits for a connection until the pool times out.
            EmbeddedPostgres server = sharedTestServer;
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> closeQuietly(server));
        }
        return sharedTestServer;
    }

    private static boolean createDatabaseIfMissing(EmbeddedPostgres server, String name) {
        DataSource admin = server.getPostgresDatabase();
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return false;
                }
            }
            s.execute("create database " + name + " encoding 'UTF8' template template0");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** Owns the application's own (non-test) embedded server and stops it after the pool closes. */
    static final class ServerHolder {

        private static EmbeddedPostgres server;

        static synchronized EmbeddedPostgres start(Path directory, int port) throws IOException {
            if (server == null) {
                Files.createDirectories(directory);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false);
                if (port > 0) {
                    builder.setPort(port);
                }
                server = builder.start();
                // after the contexts close (requests drained, pool closed), not racing them from a hook of its own
                org.springframework.boot.SpringApplication.getShutdownHandlers().add(ServerHolder::stopQuietly);
            }
            return server;
        }

        synchronized void stop() throws IOException {
            if (server != null) {
                server.close();
                server = null;
            }
        }

        private static synchronized void stopQuietly() {
            closeQuietly(server);
            server = null;
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class)
                    .warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        }
    }
}
