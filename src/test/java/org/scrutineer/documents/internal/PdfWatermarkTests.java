package org.scrutineer.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.documents.DocumentsFixtures;

/** A restricted PDF is stamped on every page with the line given. */
class PdfWatermarkTests {

    @TempDir
    Path dir;

    @Test
    void stampsEveryPageTopAndBottom() throws IOException {
        Path file = dir.resolve("three-pages");
        Files.write(file, DocumentsFixtures.pdf("First page", "Second page", "Third page"));

        byte[] stamped = PdfWatermark.stamp(file, "EXEMPT \u2013 paragraph 3 \u2013 supplied to Ann Example on 1 June 2026");

        String text = DocumentsFixtures.textOf(stamped);
        assertThat(DocumentsFixtures.pagesOf(stamped)).isEqualTo(3);
        assertThat(text.split("EXEMPT \u2013 paragraph 3 \u2013 supplied to Ann Example on 1 June 2026", -1))
                .hasSize(7); // twice on each of three pages
        assertThat(text).contains("First page", "Second page", "Third page");
    }

    @Test
    void drawsNamesTheFontCannotWithoutTheirAccentsOrAsQuestionMarks() {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

        assertThat(PdfWatermark.encodable(font, "Łucja Šťastná 王")).isEqualTo("?ucja Štastná ?");
    }

    @Test
    void tellsAReadablePdfFromOneThatIsNot() throws IOException {
        Path good = dir.resolve("good");
        Files.write(good, DocumentsFixtures.pdf("Hello"));
        Path bad = dir.resolve("bad");
        Files.write(bad, "%PDF-1.4\nnot really a PDF".getBytes(StandardCharsets.US_ASCII));

        assertThat(PdfWatermark.readable(good)).isTrue();
        assertThat(PdfWatermark.readable(bad)).isFalse();
    }
}
