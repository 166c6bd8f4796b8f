package org.scrutineer.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.scrutineer.directory.PersonId;

/**
 * A deadline being tracked for a record: the rule as it stood on the trigger date, the due date, and what has
 * happened since. The due date moves only on an event (extension, clock stopped and restarted).
 *
 * @param id its id
 * @param recordType the owning record's type
 * @param recordId the owning record's id
 * @param title what must be done
 * @param path where it is done
 * @param ruleId the rule
 * @param source statute, protocol or local
 * @param citation the law (and protocol) behind it
 * @param trigger the trigger date
 * @param computedDue the due date the rule gave
 * @param due the due date now (after any extension or stopped clock)
 * @param closesAt the closing time on the due day, when the rule has one (call-in: 17:00)
 * @param explanation how the due date was worked out, in words
 * @param skipped the days not counted, with why
 * @param pauses periods the clock was stopped
 * @param state where it stands
 * @param stoppedSince when the clock was stopped (while stopped)
 * @param metOn when it was met
 * @param extensionReason why it was extended, if it was
 * @param extensionAgreedBy who agreed the extension
 * @param closedReason why it was cancelled or marked missed
 * @param responsible who is responsible
 * @param version for optimistic locking
 */
public record TrackedDeadline(DeadlineId id, String recordType, String recordId, String title, String path,
        String ruleId, RuleSource source, String citation, LocalDate trigger, LocalDate computedDue, LocalDate due,
        LocalTime closesAt, String explanation, List<SkippedDay> skipped, List<Pause> pauses, DeadlineState state,
        LocalDate stoppedSince, LocalDate metOn, String extensionReason, String extensionAgreedBy,
        String closedReason, List<PersonId> responsible, int version) {

    /** Whether it is still to be done and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return state == DeadlineState.OPEN && today.isAfter(due);
    }

    /** Whether it was met after its due date. */
    public boolean metLate() {
        return state == DeadlineState.MET && metOn != null && metOn.isAfter(due);
    }

    /** How many days late it was met, or is now (0 when on time). */
    public long daysLate(LocalDate today) {
        LocalDate end = state == DeadlineState.MET && metOn != null ? metOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(due, end));
    }

    /** Where to go to act on it: the page where it is done, or its own page in the deadlines list. */
    public String pagePath() {
        return path == null || path.isBlank() ? "/deadlines/" + id : path;
    }

    /** Whether the due date was moved from the one the rule gave. */
    public boolean extended() {
        return extensionReason != null;
    }
}
