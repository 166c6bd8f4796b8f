package org.scrutineer.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.documents.DocumentsFixtures;

/** Files are recognised by their content, never by their name. */
class FileTypeTests {

    @TempDir
    Path dir;

    static Stream<Arguments> contents() {
        return Stream.of(
                Arguments.of("a PDF header", ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), FileType.PDF),
                Arguments.of("a real PDF", DocumentsFixtures.pdf("Page one"), FileType.PDF),
                Arguments.of("an executable (MZ)", DocumentsFixtures.executable(), null),
                Arguments.of("MZ then text", ascii("MZ this is not a document\u0000\u0000"), null),
                Arguments.of("a Word document", DocumentsFixtures.docx(), FileType.DOCX),
                Arguments.of("an Excel workbook", DocumentsFixtures.zip("[Content_Types].xml", "<Types/>",
                        "xl/workbook.xml", "<workbook/>"), FileType.XLSX),
                Arguments.of("a PowerPoint presentation", DocumentsFixtures.zip("[Content_Types].xml", "<Types/>",
                        "ppt/presentation.xml", "<presentation/>"), FileType.PPTX),
                Arguments.of("a Word document with macros", DocumentsFixtures.zip("[Content_Types].xml", "<Types/>",
                        "word/document.xml", "<document/>", "word/vbaProject.bin", "macros"), null),
                Arguments.of("an OpenDocument text", DocumentsFixtures.zip("mimetype",
                        "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>"),
                        FileType.ODT),
                Arguments.of("an OpenDocument spreadsheet", DocumentsFixtures.zip("mimetype",
                        "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"), FileType.ODS),
                Arguments.of("a bare zip", DocumentsFixtures.zip("notes.txt", "hello", "run.exe", "MZ"), null),
                Arguments.of("a zip with only [Content_Types].xml", DocumentsFixtures.zip("[Content_Types].xml",
                        "<Types/>"), null),
                Arguments.of("a damaged zip", ascii("PK\u0003\u0004 and nothing else"), null),
                Arguments.of("a PNG signature", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13),
                        FileType.PNG),
                Arguments.of("a JPEG signature", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F'),
                        FileType.JPEG),
                Arguments.of("UTF-8 text", "Minutes of the meeting – 3 June\nCafé £10\n"
                        .getBytes(StandardCharsets.UTF_8), FileType.TEXT),
                Arguments.of("CSV", "reference,title\nSR(26/27)01,Short breaks\n".getBytes(StandardCharsets.UTF_8),
                        FileType.TEXT),
                Arguments.of("text with a byte order mark", bytes(0xEF, 0xBB, 0xBF, 'h', 'i'), FileType.TEXT),
                Arguments.of("text with a NUL byte", ascii("hello\u0000world"), null),
                Arguments.of("Latin-1, not UTF-8", bytes('C', 'a', 'f', 0xE9, '\n'), null),
                Arguments.of("text cut in the middle of a character", bytes('a', 0xE2, 0x80), null),
                Arguments.of("a shell script", ascii("#!/bin/sh\nrm -rf ~\n"), null),
                Arguments.of("a script after blank lines", ascii("\n\n  #!/usr/bin/env python\n"), null),
                Arguments.of("HTML", ascii("<!DOCTYPE html><script>alert(1)</script>"), null),
                Arguments.of("SVG", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), null),
                Arguments.of("text starting with a hash", ascii("# Notes\nitem one\n"), FileType.TEXT),
                Arguments.of("a GIF", ascii("GIF89a\u0001\u0000\u0001\u0000"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contents")
    void recognisesAFileByItsContent(String what, byte[] content, FileType expected) throws IOException {
        Path file = dir.resolve("upload.pdf");
        Files.write(file, content);

        assertThat(FileType.of(file)).as(what).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} runnable: {1}")
    @CsvSource({
            "report.pdf, false",
            "notes.txt, false",
            "data.csv, false",
            "payload.exe, true",
            "payload.EXE, true",
            "run.bat, true",
            "script.js, true",
            "page.html, true",
            "picture.svg, true",
            "budget.xlsm, true",
            "Makefile, false",
            "archive.tar.gz, false"})
    void refusesNamesAComputerWouldRun(String name, boolean runnable) {
        assertThat(FileType.runnableName(name)).isEqualTo(runnable);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "application/pdf, PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document, Word document",
            "text/plain;charset=UTF-8, Text",
            "application/x-unknown, File"})
    void namesATypeInWords(String mediaType, String label) {
        assertThat(FileType.labelOf(mediaType)).isEqualTo(label);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return Arrays.copyOf(b, b.length);
    }
}
