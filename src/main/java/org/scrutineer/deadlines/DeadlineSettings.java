package org.scrutineer.deadlines;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder and escalation settings ({@code scrutineer.deadlines.*}).
 *
 * @param reminderWorkingDays how many working days before a due date the responsible people are reminded, e.g.
 *        {@code 5,1}; {@code 0} means on the due date itself. Kept distinct and in ascending order.
 * @param scanInterval how long each node waits between two scans for reminders that have fallen due
 * @param scanInitialDelay how long after start-up a node first scans
 * @param scanBatchSize the most deadlines one scan looks at for each kind of notice, so that a scan stays short
 *        however far behind it is; the rest wait for the next scan
 * @param protocolReviewNoticeDays how many days before the protocol's review date the statutory scrutiny officer
 *        sees it on their home page (the e-mail goes once, on the review date)
 * @param mailFrom the sender address of reminder e-mails ({@code SCRUTINEER_MAIL_FROM})
 * @param baseUrl the address people reach Scrutineer at, for links in e-mails
 *        ({@code scrutineer.public-base-url})
 */
@ConfigurationProperties("scrutineer.deadlines")
public record DeadlineSettings(@DefaultValue({"5", "1"}) List<Integer> reminderWorkingDays,
        @DefaultValue("5m") Duration scanInterval, @DefaultValue("1m") Duration scanInitialDelay,
        @DefaultValue("200") int scanBatchSize,
        @DefaultValue("30") int protocolReviewNoticeDays, @DefaultValue("scrutineer@localhost") String mailFrom,
        @DefaultValue("http://localhost:8080") String baseUrl) {

    public DeadlineSettings {
        reminderWorkingDays = reminderWorkingDays == null ? List.of() : List.copyOf(new TreeSet<>(reminderWorkingDays));
        if (reminderWorkingDays.stream().anyMatch(n -> n < 0 || n > DeadlineRule.MAX_DAYS)) {
            throw new IllegalArgumentException("scrutineer.deadlines.reminder-working-days must each be from 0 to "
                    + DeadlineRule.MAX_DAYS + ": " + reminderWorkingDays);
        }
        if (scanBatchSize < 1) {
            throw new IllegalArgumentException("scrutineer.deadlines.scan-batch-size must be at least 1");
        }
        if (protocolReviewNoticeDays < 0) {
            throw new IllegalArgumentException("scrutineer.deadlines.protocol-review-notice-days must not be negative");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }
}
