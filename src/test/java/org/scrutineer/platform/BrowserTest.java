package org.scrutineer.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port, with a fresh embedded PostgreSQL database holding the demo council, and
 * Chromium driven by Playwright (see {@link BrowserSupport}). Test methods take a {@link com.microsoft.playwright.Page}
 * parameter: a new browser context per test, whose relative URLs resolve against the application.
 * <p>
 * Every class with this annotation shares one application context (and so one database): a test that changes a
 * record must not rely on another test's changes, and should use values no other test uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserSupport.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "scrutineer.demo-data=always")
public @interface BrowserTest {
}
