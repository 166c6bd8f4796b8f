package org.scrutineer.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of file the documents module accepts, each recognised by its content (magic bytes, and for the zip-based
 * office formats the entries inside), never by its name or the browser's claim. Anything else is refused: an
 * executable renamed {@code .pdf}, a plain zip, a script.
 */
public enum FileType {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
    ODP("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"),
    PNG("image/png", "PNG image"),
    JPEG("image/jpeg", "JPEG image"),
    TEXT("text/plain;charset=UTF-8", "Text");

    /** What the person is told when the content is none of these. */
    public static final String NOT_ACCEPTED = "The file is not a PDF, Word, Excel, PowerPoint, OpenDocument, image or "
            + "text file";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Names a person's computer would run rather than open: refused whatever the content, since a download keeps
     * its name (a text file saved as {@code notes.bat} or {@code notes.js} runs when opened on Windows).
     */
    private static final Set<String> RUNNABLE_EXTENSIONS = Set.of("exe", "com", "bat", "cmd", "msi", "msp", "scr",
            "pif", "cpl", "dll", "sys", "jar", "js", "jse", "mjs", "vbs", "vbe", "wsf", "wsh", "hta", "ps1", "psm1",
            "sh", "bash", "zsh", "csh", "py", "pl", "rb", "php", "html", "htm", "xhtml", "shtml", "svg", "lnk", "reg",
            "app", "command", "scpt", "msc", "url", "appref-ms", "iso", "img", "vhd", "vhdx", "apk", "dmg", "deb",
            "rpm", "inf", "gadget", "application", "xbap", "docm", "xlsm", "pptm", "dotm", "xltm", "potm", "ppsm");

    private final String mediaType;
    private final String label;

    FileType(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    /** The media type the file is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The kind of file in words. */
    public String label() {
        return label;
    }

    /** The words for a stored media type ("PDF", "Word document"...). */
    public static String labelOf(String mediaType) {
        for (FileType t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return t.label;
            }
        }
        return "File";
    }

    /** Whether a file's name ends in an extension a computer would run (refused whatever the content). */
    public static boolean runnableName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && RUNNABLE_EXTENSIONS.contains(fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
    }

    /** The kind of file the content is, if it is one accepted. */
    public static Optional<FileType> of(Path file) {
        try {
            byte[] head = head(file, 16);
            if (startsWith(head, PDF_MAGIC)) {
                return Optional.of(PDF);
            }
            if (startsWith(head, PNG_MAGIC)) {
                return Optional.of(PNG);
            }
            if (startsWith(head, JPEG_MAGIC)) {
                return Optional.of(JPEG);
            }
            if (startsWith(head, ZIP_MAGIC)) {
                return officeDocument(file);
            }
            return text(file) ? Optional.of(TEXT) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Office Open XML or OpenDocument file, by the entries a zip of that kind holds; a plain zip is not one. */
    private static Optional<FileType> officeDocument(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            zip.stream().map(ZipEntry::getName).forEach(names::add);
            if (names.contains("[Content_Types].xml")) {
                if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
                    return Optional.empty(); // macros: a document that runs code is not accepted
                }
                if (names.contains("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (names.contains("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
                if (names.contains("ppt/presentation.xml")) {
                    return Optional.of(PPTX);
                }
                return Optional.empty();
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && names.contains("content.xml")) {
                String declared;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
                for (FileType t : new FileType[] {ODT, ODS, ODP}) {
                    if (t.mediaType.equals(declared)) {
                        return Optional.of(t);
                    }
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        }
    }

    /**
     * Plain text or CSV: valid UTF-8 throughout, with no NUL character, and not a script or markup (content starting
     * {@code #!} or {@code <}, such as a shell script, HTML or SVG).
     */
    private static boolean text(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder start = new StringBuilder(2);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) != -1) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == 0) {
                        return false;
                    }
                    boolean leading = start.isEmpty() && (Character.isWhitespace(c) || c == '\uFEFF');
                    if (start.length() < 2 && !leading) {
                        start.append(c);
                    }
                }
            }
        } catch (CharacterCodingException e) {
            return false;
        }
        return !(start.toString().startsWith("<") || start.toString().startsWith("#!"));
    }

    private static byte[] head(Path file, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
