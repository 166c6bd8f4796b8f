package org.scrutineer.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.scrutineer.directory.PersonId;

/**
 * What another module asks the deadlines engine to track.
 *
 * @param recordType the owning module's record type, e.g. {@code scrutiny-report}
 * @param recordId the record's id
 * @param title what must be done, as the responsible people read it ("Respond to SR(26/27)04")
 * @param path the page where it is done
 * @param ruleId the catalogue rule, e.g. {@code executive-response}
 * @param trigger the trigger date the rule counts from (or to, for {@code before} rules)
 * @param responsible who gets reminders and escalations
 */
public record TrackDeadline(String recordType, String recordId, String title, String path, String ruleId,
        LocalDate trigger, List<PersonId> responsible) {

    public TrackDeadline {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
    }
}
