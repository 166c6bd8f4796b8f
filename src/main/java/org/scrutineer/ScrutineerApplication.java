package org.scrutineer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Scrutineer: the system an English council uses to run overview and scrutiny with its executive and
 * senior officers.
 */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
public class ScrutineerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScrutineerApplication.class, args);
    }
}
