package org.scrutineer.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves GOV.UK Frontend's compiled stylesheet branded for a council: the GDS Transport typeface is reserved for
 * GOV.UK, so its font faces are removed and every font stack starts at Arial. Built once from the webjar.
 */
@Controller
class BrandedStylesheet {

    static final String PATH = "/assets/govuk-frontend-council.css";
    private static final String SOURCE =
            "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");

    private final String css;

    BrandedStylesheet() {
        this.css = brand(read());
    }

    @GetMapping(value = PATH, produces = "text/css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(css);
    }

    static String brand(String original) {
        String withoutFaces = FONT_FACE.matcher(original).replaceAll("");
        return withoutFaces
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif")
                .replace("font-family:\"GDS Transport\",arial,sans-serif", "font-family:arial,sans-serif")
                .replace("font-family:GDS Transport", "font-family:arial,sans-serif");
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("GOV.UK Frontend stylesheet missing from the classpath", e);
        }
    }
}
