package org.scrutineer.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.accounts.Role;
import org.scrutineer.home.AttentionItem;
import org.scrutineer.home.AttentionSource;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingManagement;
import org.springframework.stereotype.Component;

/** Tells scrutiny officers which agendas must be published in the next fortnight, and which are overdue. */
@Component
class MeetingAttention implements AttentionSource {

    private static final int LOOK_AHEAD_DAYS = 14;

    private final Meetings meetings;
    private final Clock clock;

    MeetingAttention(Meetings meetings, Optional<Clock> clock) {
        this.meetings = meetings;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public List<AttentionItem> itemsFor(CurrentUser user) {
        if (!user.has(Role.SCRUTINY_OFFICER)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return meetings.agendasDue(today.plusDays(LOOK_AHEAD_DAYS), 50).stream()
                .map(m -> new AttentionItem("Publish the agenda for " + m.title(), detail(m, today),
                        MeetingManagement.meetingPath(m.id()), m.agendaDue(), m.agendaOverdue(today)))
                .toList();
    }

    private static String detail(Meeting m, LocalDate today) {
        return (m.agendaOverdue(today) ? "Overdue: " : "") + "five clear working days before the meeting "
                + "(Local Government Act 1972 s100B); " + m.itemCount() + (m.itemCount() == 1 ? " item" : " items")
                + " so far";
    }
}
