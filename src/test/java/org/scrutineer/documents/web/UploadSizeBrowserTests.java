package org.scrutineer.documents.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.platform.BrowserSupport.assertAccessible;
import static org.scrutineer.platform.BrowserSupport.signIn;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.platform.BrowserTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload larger than the servlet accepts, through a real server: a person is told the file is too large (not
 * that they lack permission, nor a broken connection), and an API client gets problem details.
 */
@BrowserTest
class UploadSizeBrowserTests {

    @LocalServerPort
    int port;

    @Value("${spring.servlet.multipart.max-request-size}")
    org.springframework.util.unit.DataSize limit;

    @Test
    void tellsAPersonTheFileIsTooLargeOnAnAccessiblePage(Page page, @TempDir Path dir) throws IOException {
        // a file on disk, which the browser reads itself (a payload of this size would be copied through Playwright)
        Path file = dir.resolve("tracker.csv");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(limit.toBytes() + 1024 * 1024);
        }
        signIn(page, "scrutiny.officer");
        page.navigate("/recommendations/import");

        page.getByLabel("Upload the tracker").setInputFiles(file);
        Response response = page.waitForResponse(r -> r.url().endsWith("/recommendations/import"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and continue"))
                        .click());

        assertThat(response.status()).isEqualTo(413);
        assertThat(page.locator("h1")).hasText("The file is too large");
        assertThat(page.locator("main")).containsText("A document must be 20 MB or smaller");
        assertAccessible(page);
    }

    @Test
    void answersAnApiClientWithProblemDetails() throws Exception {
        byte[] body = new byte[(int) limit.toBytes() + 1024 * 1024];
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents/1"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413").contains("20 MB or smaller");
    }
}
