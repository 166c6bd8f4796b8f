package org.scrutineer.home.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.accounts.Role;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineRule;
import org.scrutineer.deadlines.DeadlineSettings;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.Protocol;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.StatutoryRole;
import org.scrutineer.home.AttentionItem;
import org.scrutineer.home.AttentionSource;
import org.springframework.stereotype.Component;

/**
 * The deadlines a user is responsible for that are still running or have their clock stopped, overdue ones
 * marked so, and, for the statutory scrutiny officer, the protocol's review from
 * {@code scrutineer.deadlines.protocol-review-notice-days} before its date. Each item names the rule and its
 * citation. The e-mailed reminders and escalations say the same; this list is there whether or not e-mail is on.
 */
@Component
class DeadlineAttention implements AttentionSource {

    static final String PROTOCOL_PATH = "/deadlines/protocol";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final DeadlineManagement deadlines;
    private final DirectoryManagement directory;
    private final DeadlineSettings settings;
    private final Clock clock;

    DeadlineAttention(DeadlineManagement deadlines, DirectoryManagement directory, DeadlineSettings settings,
            Optional<Clock> clock) {
        this.deadlines = deadlines;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public List<AttentionItem> itemsFor(CurrentUser user) {
        if (user.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<AttentionItem> items = new ArrayList<>();
        for (TrackedDeadline d : deadlines.openFor(user.personId())) {
            items.add(new AttentionItem(d.title(), detail(d), d.pagePath(), d.due(), d.overdueOn(today)));
        }
        if (user.has(Role.SCRUTINY_OFFICER)) {
            protocolReview(user, today).ifPresent(items::add);
        }
        return items;
    }

    private Optional<AttentionItem> protocolReview(CurrentUser user, LocalDate today) {
        Optional<Protocol> protocol = deadlines.protocol();
        if (protocol.isEmpty() || protocol.get().nextReviewOn() == null) {
            return Optional.empty();
        }
        LocalDate reviewOn = protocol.get().nextReviewOn();
        if (today.isBefore(reviewOn.minusDays(settings.protocolReviewNoticeDays()))) {
            return Optional.empty();
        }
        boolean statutoryScrutinyOfficer = directory.person(user.personId())
                .map(p -> p.active() && p.statutoryRoles().contains(StatutoryRole.STATUTORY_SCRUTINY_OFFICER))
                .orElse(false);
        if (!statutoryScrutinyOfficer) {
            return Optional.empty();
        }
        Protocol p = protocol.get();
        String detail = "Review of the executive–scrutiny protocol, by the statutory scrutiny officer "
                + "(Local Government Act 2000 s9FB)" + (p.lastReviewedOn() == null ? ""
                        : "; last reviewed " + DATE.format(p.lastReviewedOn()));
        return Optional.of(new AttentionItem("Review " + p.title(), detail, PROTOCOL_PATH, reviewOn,
                today.isAfter(reviewOn)));
    }

    private String detail(TrackedDeadline d) {
        String rule = deadlines.catalogue().find(d.ruleId()).map(DeadlineRule::description).orElse(d.ruleId());
        StringBuilder detail = new StringBuilder(capitalised(rule)).append(" — ").append(d.citation());
        if (d.state() == DeadlineState.STOPPED) {
            detail.append("; clock stopped since ").append(DATE.format(d.stoppedSince()));
        }
        if (d.closesAt() != null) {
            detail.append("; closes at ").append(d.closesAt()).append(" on the day");
        }
        return detail.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
