package org.scrutineer.attendance;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.scrutineer.meetings.AgendaItemAdded;
import org.scrutineer.meetings.MeetingCancelled;
import org.scrutineer.meetings.MeetingRescheduled;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the meetings module's events set off: the cabinet member for an item's portfolio is invited by default when
 * the item is added (or its portfolio changes); notice deadlines follow a rescheduled meeting; requests lapse when
 * a meeting is cancelled. Each listener runs after the meeting's transaction commits, in its own.
 */
@Component
class AttendanceEvents {

    private final AttendanceManagement attendance;

    AttendanceEvents(AttendanceManagement attendance) {
        this.attendance = attendance;
    }

    @ApplicationModuleListener
    void on(AgendaItemAdded event) {
        attendance.invitePortfolioHolder(event.item(), event.portfolioHolderId());
    }

    @ApplicationModuleListener
    void on(MeetingRescheduled event) {
        attendance.meetingRescheduled(event.meeting(), event.date());
    }

    @ApplicationModuleListener
    void on(MeetingCancelled event) {
        attendance.meetingCancelled(event.meeting(), event.reason());
    }

    /**
     * Once an hour, cancels the notice deadlines of requests whose item was removed from an agenda (the meetings
     * module publishes no event for that); one node at a time runs it.
     */
    @Component
    @ConditionalOnProperty(name = "scrutineer.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Sweep {

        private final AttendanceManagement attendance;

        Sweep(AttendanceManagement attendance) {
            this.attendance = attendance;
        }

        @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
        @SchedulerLock(name = "attendance-orphaned-notices", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
        public void sweep() {
            attendance.sweepOrphanedNotices();
        }
    }
}
