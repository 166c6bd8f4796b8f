package org.scrutineer.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.audit.ChainVerification.ChainBreak;
import org.scrutineer.audit.internal.AuditEntries;
import org.scrutineer.audit.internal.AuditEntries.NewEntry;
import org.scrutineer.audit.internal.ChainHash;
import org.scrutineer.audit.internal.Snapshots;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit history. Every module calls it for each create, change and delete of a business record, inside the
 * transaction that makes the change ({@link Propagation#MANDATORY}): if the change rolls back, so does its entry.
 * Snapshots are Java records (or maps) of the fields worth showing; the history stores which fields changed
 * from what to what.
 */
@Service
public class AuditHistory {

    /** The actor recorded when no one is signed in (start-up, scheduled work, commands). */
    public static final String SYSTEM = "system";
    private static final int MAX_BREAKS = 100;

    private final AuditEntries entries;
    private final Clock clock;

    AuditHistory(AuditEntries entries, java.util.Optional<Clock> clock) {
        this.entries = entries;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records that a record was created with the given state. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String recordType, Object recordId, Object snapshot) {
        append(recordType, recordId, AuditAction.CREATED, Snapshots.diff(null, snapshot));
    }

    /** Records the fields that changed between two states; records nothing when none did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String recordType, Object recordId, Object before, Object after) {
        List<FieldChange> changes = Snapshots.diff(before, after);
        if (!changes.isEmpty()) {
            append(recordType, recordId, AuditAction.CHANGED, changes);
        }
    }

    /** Records that a record was deleted, with its last state. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String recordType, Object recordId, Object lastSnapshot) {
        append(recordType, recordId, AuditAction.DELETED, Snapshots.diff(lastSnapshot, null));
    }

    /** Records many creations at once (generators, imports), in the given order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void createdAll(List<PendingAuditEntry> created) {
        String actor = currentActor();
        List<NewEntry> batch = new ArrayList<>(created.size());
        for (PendingAuditEntry p : created) {
            batch.add(new NewEntry(actor, p.recordType(), p.recordId(), AuditAction.CREATED,
                    Snapshots.diff(null, p.snapshot())));
        }
        entries.append(batch, now());
    }

    /**
     * Records many changes at once (imports), in the given order; a change in which no field differs is left out, as
     * {@link #changed} leaves it out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changedAll(List<PendingAuditChange> changes) {
        String actor = currentActor();
        List<NewEntry> batch = new ArrayList<>(changes.size());
        for (PendingAuditChange c : changes) {
            List<FieldChange> fields = Snapshots.diff(c.before(), c.after());
            if (!fields.isEmpty()) {
                batch.add(new NewEntry(actor, c.recordType(), c.recordId(), AuditAction.CHANGED, fields));
            }
        }
        entries.append(batch, now());
    }

    /** A record's history, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String recordType, Object recordId) {
        return entries.historyOf(recordType, idText(recordId));
    }

    /**
     * The newest entries, optionally of one record type or actor, before a given entry id (for paging).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(String recordType, String actor, Long beforeId, int limit) {
        return entries.recent(blankToNull(recordType), blankToNull(actor),
                beforeId == null ? Long.MAX_VALUE : beforeId, Math.min(Math.max(limit, 1), 500));
    }

    /** The record types that have history. */
    @Transactional(readOnly = true)
    public List<String> recordTypes() {
        return entries.recordTypes();
    }

    /**
     * Recomputes every link of the chain: an entry whose content was altered, an entry removed or reordered,
     * and entries removed from the end are all reported.
     */
    // One snapshot for the entries and the head: at READ COMMITTED an entry committed between the two reads would
    // look like entries removed from the end of the chain.
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        List<ChainBreak> breaks = new ArrayList<>();
        long[] count = {0};
        long[] lastId = {0};
        String[] previous = {ChainHash.GENESIS};
        entries.forEachInOrder(e -> {
            count[0]++;
            if (!e.previousHash().equals(previous[0])) {
                note(breaks, new ChainBreak(e.id(), "does not link to the entry before it: an entry before it was "
                        + "removed, reordered or altered"));
            }
            String expected = ChainHash.of(e.previousHash(), e.id(), e.occurredAt(), e.actor(), e.recordType(),
                    e.recordId(), e.action(), e.changes());
            if (!expected.equals(e.hash())) {
                note(breaks, new ChainBreak(e.id(), "its content does not match its hash: it was altered"));
            }
            previous[0] = e.hash();
            lastId[0] = e.id();
        });
        var head = entries.head();
        if (head.isPresent()) {
            var h = head.get();
            if (h.lastId() != lastId[0] || !h.lastHash().equals(previous[0])) {
                note(breaks, new ChainBreak(h.lastId(), "the chain ends at entry " + lastId[0]
                        + " but its head records entry " + h.lastId() + ": entries were removed from the end"));
            } else if (h.entries() != count[0]) {
                note(breaks, new ChainBreak(h.lastId(), "the head counts " + h.entries() + " entries but "
                        + count[0] + " were found"));
            }
        } else if (count[0] > 0) {
            note(breaks, new ChainBreak(lastId[0], "the chain head is missing"));
        }
        return new ChainVerification(count[0], List.copyOf(breaks), now());
    }

    private static void note(List<ChainBreak> breaks, ChainBreak b) {
        if (breaks.size() < MAX_BREAKS) {
            breaks.add(b);
        }
    }

    private void append(String recordType, Object recordId, AuditAction action, List<FieldChange> changes) {
        entries.append(List.of(new NewEntry(currentActor(), recordType, idText(recordId), action, changes)), now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String idText(Object recordId) {
        if (recordId == null) {
            throw new IllegalArgumentException("An audited record needs an id");
        }
        Class<?> type = recordId.getClass();
        if (type.isRecord() && type.getRecordComponents().length == 1) {
            return String.valueOf(Snapshots.fields(recordId).values().iterator().next());
        }
        return recordId.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The signed-in user's name, or {@link #SYSTEM}. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null
                || "anonymousUser".equals(auth.getName())) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
