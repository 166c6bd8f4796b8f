package org.scrutineer.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An uploaded file's name is kept as a label only: never a path, never anything hidden in it. */
class FileNamesTests {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "report.pdf | report.pdf",
            "../../x | x",
            "..\\..\\evil.pdf | evil.pdf",
            "C:\\a\\b.pdf | b.pdf",
            "/etc/passwd | passwd",
            "a/b\\c/d.docx | d.docx",
            "'  Budget 2026.xlsx  ' | Budget 2026.xlsx",
            "what?.pdf | what_.pdf",
            ".. | ''",
            ". | ''",
            "../.. | ''",
            "dir/ | ''",
            "'   ' | ''",
            "Café notes.txt | Café notes.txt"})
    void keepsOnlyASafeName(String given, String kept) {
        assertThat(FileNames.sanitise(given)).isEqualTo(kept);
    }

    @Test
    void removesControlAndInvisibleFormattingCharacters() {
        assertThat(FileNames.sanitise("rep\u0000ort\r\n.pdf")).isEqualTo("report.pdf");
        // a right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf"
        assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.sanitise("tab\there.txt")).isEqualTo("tabhere.txt");
    }

    @Test
    void replacesCharactersWindowsForbidsInNames() {
        assertThat(FileNames.sanitise("a:b*c<d>e|f\"g?.txt")).isEqualTo("a_b_c_d_e_f_g_.txt");
    }

    @Test
    void refusesNothingAtAll() {
        assertThat(FileNames.sanitise(null)).isEmpty();
        assertThat(FileNames.sanitise("\u0000\u0001")).isEmpty();
    }

    @Test
    void cutsALongNameTo200CharactersKeepingItsExtension() {
        String name = "a".repeat(300) + ".pdf";

        String kept = FileNames.sanitise(name);

        assertThat(kept).hasSize(200).endsWith("a.pdf");
    }

    @Test
    void cutsALongNameWithoutSplittingACharacter() {
        String name = "\uD83D\uDCC4".repeat(250);

        String kept = FileNames.sanitise(name);

        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(200);
        assertThat(kept).isEqualTo("\uD83D\uDCC4".repeat(200));
    }
}
