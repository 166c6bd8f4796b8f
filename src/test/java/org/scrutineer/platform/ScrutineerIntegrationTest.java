package org.scrutineer.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application with MockMvc on a fresh embedded PostgreSQL database holding the demo council. Every
 * class with this annotation shares one application context (and so one database): use unique names for the
 * records a test creates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "scrutineer.demo-data=always")
@AutoConfigureMockMvc
public @interface ScrutineerIntegrationTest {
}
