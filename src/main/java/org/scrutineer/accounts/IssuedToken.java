package org.scrutineer.accounts;

/**
 * A newly made API token with its secret, which is shown once and never stored.
 *
 * @param token the token's record
 * @param secret the bearer token to give in {@code Authorization: Bearer ...}
 */
public record IssuedToken(ApiToken token, String secret) {
}
