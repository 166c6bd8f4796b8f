package org.scrutineer.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scrutineer.audit.FieldChange;

class SnapshotsTests {

    enum Colour { RED }

    record Id(long value) {
    }

    record Sample(Id id, String name, LocalDate on, Set<Colour> colours, Optional<String> note, List<String> tags) {
    }

    @Test
    void readsRecordComponentsAsText() {
        Map<String, String> fields = Snapshots.fields(new Sample(new Id(7), "x", LocalDate.of(2027, 1, 31),
                Set.of(Colour.RED), Optional.empty(), List.of()));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("id", "7");
        expected.put("name", "x");
        expected.put("on", "2027-01-31");
        expected.put("colours", "RED");
        expected.put("note", null);
        expected.put("tags", null);
        assertThat(fields).containsExactlyEntriesOf(expected);
    }

    @Test
    void listsOnlyTheFieldsThatDiffer() {
        Sample a = new Sample(new Id(1), "a", null, Set.of(), Optional.of("n"), List.of("t"));
        Sample b = new Sample(new Id(1), "b", null, Set.of(), Optional.empty(), List.of("t"));
        assertThat(Snapshots.diff(a, b)).containsExactly(new FieldChange("name", "a", "b"),
                new FieldChange("note", "n", null));
        assertThat(Snapshots.diff(a, a)).isEmpty();
    }

    @Test
    void treatsCreationAsEveryFieldFromNothing() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", "u");
        m.put("personId", null);
        assertThat(Snapshots.diff(null, m)).containsExactly(new FieldChange("username", null, "u"));
    }

    @Test
    void refusesObjectsThatAreNeitherRecordsNorMaps() {
        assertThatThrownBy(() -> Snapshots.fields(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
