package org.scrutineer.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.Viewer;

/** Builds real files of each kind the documents module accepts (and some it refuses), for tests of any module. */
public final class DocumentsFixtures {

    private DocumentsFixtures() {
    }

    /** A title no other test uses. */
    public static String uniqueTitle(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The demo council's Children and Young People O&amp;S Committee (scrutiny.chair and scrutiny.member sit on it). */
    public static long childrenCommittee(DirectoryManagement directory) {
        return directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .filter(c -> c.name().startsWith("Children and Young People")).findFirst().orElseThrow().id().value();
    }

    /** A demo user as the documents module sees them. */
    public static Viewer viewer(AccountManagement accounts, String username) {
        CurrentUser user = accounts.principal(username).orElseThrow().view();
        return new Viewer(user.personId() == null ? null : user.personId().value(),
                user.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** The name the directory gives a demo user. */
    public static String nameOf(AccountManagement accounts, String username) {
        return accounts.principal(username).orElseThrow().view().displayName();
    }

    /** A real PDF (that PDFBox opens) with one page per text given, each page showing its text. */
    public static byte[] pdf(String... pages) {
        try (PDDocument doc = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF, page by page as PDFBox reads it. */
    public static String textOf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of pages of a PDF. */
    public static int pagesOf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal Word document: a zip holding {@code [Content_Types].xml} and {@code word/document.xml}. */
    public static byte[] docx() {
        return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }

    /** A zip of the given names and texts (name, text, name, text...). */
    public static byte[] zip(String... namesAndTexts) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (int i = 0; i < namesAndTexts.length; i += 2) {
                    zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                    zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a Windows executable: "MZ", then the bytes of a DOS header. */
    public static byte[] executable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        exe[60] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }
}
