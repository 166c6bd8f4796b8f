package org.scrutineer.meetings;

/**
 * Meetings of a committee (or all) in a period.
 *
 * @param scheduled meetings in the period that were not cancelled
 * @param held meetings held
 * @param cancelled meetings cancelled (left out of every rate)
 * @param agendasPublished agendas published
 * @param agendasLate agendas published after their deadline
 */
public record MeetingFigures(long scheduled, long held, long cancelled, long agendasPublished, long agendasLate) {

    /** Agendas published on time, as a percentage of those published (null when none were). */
    public Integer onTimePercent() {
        return agendasPublished == 0 ? null
                : (int) Math.round(100.0 * (agendasPublished - agendasLate) / agendasPublished);
    }
}
