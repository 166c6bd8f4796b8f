package org.scrutineer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.directory.DirectoryManagement;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in SCRUTINEER_DATA_DIR across a stop and start. */
class EmbeddedDatabaseRestartIntegrationTests {

    @Test
    void keepsDataAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("scrutineer-restart");
        String ward = "Restart Ward " + System.nanoTime();
        try (ConfigurableApplicationContext first = start(dataDir)) {
            assertThat(first.getBean(EmbeddedDatabase.class).freshlyCreated()).isTrue();
            DirectoryManagement directory = first.getBean(DirectoryManagement.class);
            assertThat(directory.council()).as("demo council on first start").isPresent();
            directory.addWard(ward);
        }
        assertThat(dataDir.resolve("postgres")).isDirectory();
        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(second.getBean(EmbeddedDatabase.class).freshlyCreated()).isFalse();
            assertThat(second.getBean(DirectoryManagement.class).wards())
                    .anySatisfy(w -> assertThat(w.name()).isEqualTo(ward));
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(ScrutineerApplication.class)
                .web(WebApplicationType.NONE)
                .run("--scrutineer.embedded-postgres.fresh-database-per-context=false",
                        "--scrutineer.data-dir=" + dataDir, "--scrutineer.demo-data=auto");
    }
}
