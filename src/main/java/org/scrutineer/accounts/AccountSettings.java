package org.scrutineer.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings.
 *
 * @param maxFailedAttempts failed sign-ins in a row before the account locks
 * @param lockDuration how long it stays locked
 * @param scriptTokenValidity how long a token from {@code POST /api/v1/auth/token} works
 */
@ConfigurationProperties("scrutineer.accounts")
public record AccountSettings(int maxFailedAttempts, Duration lockDuration, Duration scriptTokenValidity) {
}
