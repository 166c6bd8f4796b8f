/**
 * Accounts: sign-in with username and password, sessions, lockout after repeated failures, personal API
 * tokens, and the roles each user holds — derived from their standing in the directory (committee seats,
 * portfolios, seniority, statutory roles) — checked on the server for every page and API call, deny by default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"platform", "audit", "directory"})
package org.scrutineer.accounts;
