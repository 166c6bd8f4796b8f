package org.scrutineer.deadlines.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder scan on a schedule ({@code scrutineer.deadlines.scan-interval}, 5 minutes by default, first
 * {@code scrutineer.deadlines.scan-initial-delay} after start-up). Every
 * node schedules it; the ShedLock lock on the {@code shedlock} table lets one node at a time run it, so the nodes
 * do not race for the same rows. The lock is not what makes notices go once (see {@link DeadlineReminders}): a
 * scan that outlives its lock, or a node whose clock is wrong, still sends nothing twice. Off when
 * {@code scrutineer.scheduling.enabled=false}, as in the command-line mode and the tests.
 */
@Component
@ConditionalOnProperty(name = "scrutineer.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private final DeadlineReminders reminders;

    ReminderSchedule(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${scrutineer.deadlines.scan-initial-delay:1m}",
            fixedDelayString = "${scrutineer.deadlines.scan-interval:5m}")
    @SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT15M", lockAtLeastFor = "PT30S")
    public void scan() {
        reminders.scan();
    }
}
