package org.scrutineer.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An upload form's classification, as typed. */
class DocumentUploadTests {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(emptyValue = "", nullValues = "null", value = {
            "PUBLIC, PUBLIC",
            "exempt, EXEMPT",
            "' Confidential ', CONFIDENTIAL",
            "'', null",
            "null, null",
            "SECRET, null"})
    void readsTheClassification(String given, Classification level) {
        DocumentUpload upload = new DocumentUpload("Title", given, 3, "reason", "summary");

        Classified classified = upload.classified();

        assertThat(classified.level()).isEqualTo(level);
        assertThat(classified.paragraph()).isEqualTo(3);
        assertThat(classified.publicInterestReason()).isEqualTo("reason");
        assertThat(classified.publicSummary()).isEqualTo("summary");
    }
}
