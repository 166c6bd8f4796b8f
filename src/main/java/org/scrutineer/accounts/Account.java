package org.scrutineer.accounts;

import java.time.Instant;

/**
 * A sign-in account as administrators see it (never with its password hash).
 *
 * @param id the account's id
 * @param username the sign-in name
 * @param personId the person it belongs to (null for a technical account)
 * @param personName that person's name
 * @param administrator whether it looks after the directory and accounts
 * @param enabled whether it may sign in
 * @param failedAttempts failed sign-ins since the last success
 * @param lockedUntil when a lock after repeated failures ends (null when not locked)
 * @param lastSignedInAt the last successful sign-in
 */
public record Account(long id, String username, Long personId, String personName, boolean administrator,
        boolean enabled, int failedAttempts, Instant lockedUntil, Instant lastSignedInAt) {

    /** Whether the account is locked at the given moment. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
