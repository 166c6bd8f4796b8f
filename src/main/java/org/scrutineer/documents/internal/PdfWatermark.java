package org.scrutineer.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Stamps a line of text along the top and bottom edge of every page of a PDF, so that a restricted document
 * supplied to someone names them on each page, printed or forwarded.
 */
public final class PdfWatermark {

    private static final float MARGIN = 14;
    private static final float LARGEST = 9;
    private static final float SMALLEST = 5;

    private PdfWatermark() {
    }

    /** Whether the file is a PDF this module can open and stamp (not damaged, not locked by a password). */
    public static boolean readable(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return doc.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The PDF with the text stamped on every page. */
    public static byte[] stamp(Path file, String text) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.isEncrypted()) {
                // an owner password's restrictions would forbid the change; the stamped copy is not encrypted
                doc.setAllSecurityToBeRemoved(true);
            }
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            String line = encodable(font, text);
            for (PDPage page : doc.getPages()) {
                stamp(doc, page, font, line);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not watermark the PDF", e);
        }
    }

    private static void stamp(PDDocument doc, PDPage page, PDFont font, String line) throws IOException {
        PDRectangle box = page.getCropBox();
        float width = box.getWidth() - 2 * MARGIN;
        float size = LARGEST;
        while (size > SMALLEST && font.getStringWidth(line) / 1000 * size > width) {
            size -= 0.5f;
        }
        try (PDPageContentStream content = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
            content.setNonStrokingColor(0.6f, 0f, 0f);
            content.setFont(font, size);
            content.beginText();
            content.newLineAtOffset(box.getLowerLeftX() + MARGIN, box.getUpperRightY() - MARGIN - size);
            content.showText(line);
            content.endText();
            content.beginText();
            content.newLineAtOffset(box.getLowerLeftX() + MARGIN, box.getLowerLeftY() + MARGIN);
            content.showText(line);
            content.endText();
        }
    }

    /** The text with each character the font cannot draw replaced by its unaccented letter, or by "?". */
    static String encodable(PDFont font, String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (encodes(font, c)) {
                b.append(c);
                return;
            }
            String plain = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            b.append(!plain.isEmpty() && encodes(font, plain) ? plain : "?");
        });
        return b.toString();
    }

    private static boolean encodes(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
