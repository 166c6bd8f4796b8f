package org.scrutineer.accounts;

import java.time.Instant;

/**
 * A personal API token, as listed on the account page (the secret is shown once, when created).
 *
 * @param id the token's id
 * @param name what the user called it
 * @param prefix the first characters of the secret, to tell tokens apart
 * @param createdAt when it was made
 * @param expiresAt when it stops working (null: until revoked)
 * @param lastUsedAt when it was last used
 * @param revokedAt when it was revoked (null while valid)
 */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt) {

    /** Whether the token still works at the given moment. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
