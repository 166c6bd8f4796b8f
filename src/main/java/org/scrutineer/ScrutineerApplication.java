package org.scrutineer;

import org.scrutineer.platform.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scrutineer: the system an English council uses to run overview and scrutiny with its executive and senior
 * officers. {@code java -jar scrutineer.jar} serves the web application; {@code java -jar scrutineer.jar generate
 * --scale N} and {@code verify-audit} run a command and exit.
 */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@EnableScheduling
public class ScrutineerApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ScrutineerApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("scrutineer.scheduling.enabled=false")
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(ScrutineerApplication.class, args);
    }
}
