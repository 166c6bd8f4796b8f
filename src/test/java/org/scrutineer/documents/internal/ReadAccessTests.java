package org.scrutineer.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.documents.Classification;
import org.scrutineer.platform.Viewer;

/**
 * Who may read a document. Viewer "anonymous" is a visitor who has not signed in; "person" is someone in the
 * directory, "account" a technical account with no person. The document's committee is 7 unless "none"; the viewer's
 * committees are the ones they currently sit on.
 */
class ReadAccessTests {

    @ParameterizedTest(name = "{0} document, {1} with roles [{2}] sitting on [{4}], committee {3}: {5}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            // public: anyone
            "PUBLIC       | anonymous |                      | 7    |     | true",
            "PUBLIC       | person    | COUNCILLOR           | 7    |     | true",
            "PUBLIC       | person    |                      | none |     | true",
            // exempt: the three roles, whatever the committee
            "EXEMPT       | person    | SCRUTINY_OFFICER     | 7    |     | true",
            "EXEMPT       | person    | MONITORING_OFFICER   | 7    |     | true",
            "EXEMPT       | person    | HEAD_OF_PAID_SERVICE | 7    |     | true",
            "EXEMPT       | account   | SCRUTINY_OFFICER     | none |     | true",
            // exempt: a current member of the document's committee, whatever their other roles
            "EXEMPT       | person    | SCRUTINY_MEMBER      | 7    | 7   | true",
            "EXEMPT       | person    | COUNCILLOR           | 7    | 3,7 | true",
            "EXEMPT       | person    |                      | 7    | 7   | true",
            // exempt: nobody else
            "EXEMPT       | anonymous |                      | 7    |     | false",
            "EXEMPT       | person    | COUNCILLOR           | 7    |     | false",
            "EXEMPT       | person    | SCRUTINY_MEMBER      | 7    | 3   | false",
            "EXEMPT       | person    | SCRUTINY_CHAIR       | 7    | 3   | false",
            "EXEMPT       | person    | CABINET_MEMBER       | 7    |     | false",
            "EXEMPT       | person    | LEADER               | 7    |     | false",
            "EXEMPT       | person    | CHIEF_OFFICER        | 7    |     | false",
            "EXEMPT       | person    | OFFICER              | 7    |     | false",
            "EXEMPT       | account   | ADMINISTRATOR        | 7    |     | false",
            "EXEMPT       | account   |                      | 7    | 7   | false",
            // exempt with no committee: only the three roles
            "EXEMPT       | person    | SCRUTINY_MEMBER      | none | 7   | false",
            "EXEMPT       | person    | MONITORING_OFFICER   | none |     | true",
            // confidential: as exempt
            "CONFIDENTIAL | anonymous |                      | 7    |     | false",
            "CONFIDENTIAL | person    | HEAD_OF_PAID_SERVICE | 7    |     | true",
            "CONFIDENTIAL | person    | SCRUTINY_MEMBER      | 7    | 7   | true",
            "CONFIDENTIAL | person    | COUNCILLOR           | 7    | 3   | false",
            "CONFIDENTIAL | person    | ADMINISTRATOR        | none |     | false"})
    void decidesWhoMayRead(Classification classification, String viewer, String roles, String committee,
            String sitsOn, boolean expected) {
        Viewer v = switch (viewer) {
            case "anonymous" -> null;
            case "person" -> new Viewer(42L, set(roles));
            case "account" -> new Viewer(null, set(roles));
            default -> throw new IllegalArgumentException(viewer);
        };
        Long committeeId = "none".equals(committee) ? null : Long.valueOf(committee);
        Set<Long> seats = set(sitsOn).stream().map(Long::valueOf).collect(Collectors.toSet());

        assertThat(ReadAccess.permits(v, classification, committeeId, seats)).isEqualTo(expected);
    }

    private static Set<String> set(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}
