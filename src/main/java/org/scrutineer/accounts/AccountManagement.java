package org.scrutineer.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scrutineer.accounts.internal.Accounts;
import org.scrutineer.accounts.internal.ApiTokens;
import org.scrutineer.accounts.internal.RoleDerivation;
import org.scrutineer.accounts.internal.ScrutineerUser;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts' face: create accounts for people in the directory, check passwords, lock after repeated failures,
 * and issue and revoke personal API tokens. Changes are written to the audit history (never a password or
 * secret, only that it changed).
 */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

    /** Audit record types. */
    public static final String ACCOUNT = "account";
    public static final String API_TOKEN = "api-token";
    static final String TOKEN_PREFIX = "scr_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final DirectoryManagement directory;
    private final PasswordEncoder passwords;
    private final AuditHistory audit;
    private final AccountSettings settings;
    private final Clock clock;

    AccountManagement(Accounts accounts, ApiTokens tokens, DirectoryManagement directory, PasswordEncoder passwords,
            AuditHistory audit, AccountSettings settings, Optional<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.directory = directory;
        this.passwords = passwords;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Every account, by username. */
    public List<Account> accounts() {
        return accounts.findAll();
    }

    /** An account by id. */
    public Account requireAccount(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("Account " + id));
    }

    /** The account of a person, if they have one. */
    public Optional<Account> accountOf(PersonId person) {
        return accounts.findByPerson(person.value());
    }

    /** Creates an account for a person in the directory (or a technical account when {@code person} is null). */
    @Transactional
    public long createAccount(String username, String password, PersonId person, boolean administrator) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null || !username.strip().matches("[A-Za-z0-9._-]{2,64}")) {
            problems.add(new FieldProblem("username",
                    "Enter a username of 2 to 64 letters, digits, dots, hyphens or underscores"));
        } else if (accounts.usernameTaken(username)) {
            problems.add(new FieldProblem("username", "There is already an account called " + username.strip()));
        }
        checkPassword(password, problems);
        if (person != null) {
            if (directory.person(person).isEmpty()) {
                problems.add(new FieldProblem("personId", "Select a person from the directory"));
            } else if (accounts.findByPerson(person.value()).isPresent()) {
                problems.add(new FieldProblem("personId", "That person already has an account"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        long id = accounts.insert(username, passwords.encode(password), person == null ? null : person.value(),
                administrator);
        audit.created(ACCOUNT, id, snapshot(requireAccount(id)));
        return id;
    }

    /** Sets a new password (by the user or an administrator). */
    @Transactional
    public void changePassword(long accountId, String newPassword) {
        Account account = requireAccount(accountId);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(newPassword, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        accounts.setPassword(accountId, passwords.encode(newPassword));
        audit.changed(ACCOUNT, accountId, Map.of("password", "(previous)"), Map.of("password", "(changed)"));
        accounts.unlock(account.id());
    }

    /** Grants or withdraws administration, enables or disables sign-in. */
    @Transactional
    public void setFlags(long accountId, boolean administrator, boolean enabled) {
        Account before = requireAccount(accountId);
        accounts.setFlags(accountId, administrator, enabled);
        audit.changed(ACCOUNT, accountId, snapshot(before), snapshot(requireAccount(accountId)));
    }

    /** Lifts a lock after repeated failed sign-ins. */
    @Transactional
    public void unlock(long accountId) {
        Account before = requireAccount(accountId);
        accounts.unlock(accountId);
        audit.changed(ACCOUNT, accountId, snapshot(before), snapshot(requireAccount(accountId)));
    }

    /** The user principal for a username, with roles derived from the directory today. */
    public Optional<ScrutineerUser> principal(String username) {
        return accounts.credentials(username).map(c -> principal(c.account(), c.passwordHash()));
    }

    /** Checks a username and password without a session (for {@code POST /api/v1/auth/token}). */
    @Transactional(noRollbackFor = RuleViolationException.class)
    public Optional<ScrutineerUser> checkPassword(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<Accounts.Credentials> found = accounts.credentials(username);
        if (found.isEmpty()) {
            passwords.matches(password, DUMMY_HASH); // same work whether or not the account exists
            return Optional.empty();
        }
        Account account = found.get().account();
        if (!account.enabled() || account.lockedAt(now())) {
            return Optional.empty();
        }
        if (!passwords.matches(password, found.get().passwordHash())) {
            recordFailedSignIn(username);
            return Optional.empty();
        }
        recordSignIn(account.id());
        return Optional.of(principal(account, found.get().passwordHash()));
    }

    /** Counts a failed sign-in and locks the account after too many in a row. */
    @Transactional
    public void recordFailedSignIn(String username) {
        Instant until = now().plus(settings.lockDuration());
        accounts.recordFailure(username, settings.maxFailedAttempts(), until);
    }

    /** Notes a successful sign-in and clears the failure count. */
    @Transactional
    public void recordSignIn(long accountId) {
        accounts.recordSuccess(accountId, now());
    }

    // --- tokens ----------------------------------------------------------------------------------------------

    /** The account's tokens, valid first. */
    public List<ApiToken> tokensOf(long accountId) {
        return tokens.ofAccount(accountId);
    }

    /** Issues a personal API token; its secret is returned once and only its hash is kept. */
    @Transactional
    public IssuedToken issueToken(long accountId, String name, Instant expiresAt) {
        requireAccount(accountId);
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "Enter a name for the token, such as what will use it"));
        } else if (name.length() > 100) {
            problems.add(new FieldProblem("name", "The name must be 100 characters or fewer"));
        }
        if (expiresAt != null && !expiresAt.isAfter(now())) {
            problems.add(new FieldProblem("expiresOn", "The expiry date must be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(accountId, name.strip(), hash(secret), secret.substring(0, 10), expiresAt);
        ApiToken token = tokens.find(id).orElseThrow();
        audit.created(API_TOKEN, id, tokenSnapshot(accountId, token));
        return new IssuedToken(token, secret);
    }

    /** Issues a token for a script that signed in with a password, valid for the configured period. */
    @Transactional
    public IssuedToken issueScriptToken(long accountId) {
        return issueToken(accountId, "Script sign-in " + now().truncatedTo(ChronoUnit.SECONDS),
                now().plus(settings.scriptTokenValidity()));
    }

    /** Revokes one of the account's tokens. */
    @Transactional
    public void revokeToken(long accountId, long tokenId) {
        if (!tokens.belongsTo(tokenId, accountId)) {
            throw new NotFoundException("Token " + tokenId);
        }
        ApiToken before = tokens.find(tokenId).orElseThrow();
        tokens.revoke(tokenId, now());
        audit.changed(API_TOKEN, tokenId, tokenSnapshot(accountId, before),
                tokenSnapshot(accountId, tokens.find(tokenId).orElseThrow()));
    }

    /** The user a bearer token signs in, if it is valid; roles are derived afresh. */
    @Transactional
    public Optional<ScrutineerUser> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.accountFor(hash(secret), now())
                .flatMap(accounts::find)
                .filter(a -> a.enabled() && !a.lockedAt(now()))
                .map(a -> principal(a, ""));
    }

    /** Refuses anyone but the account's owner or an administrator. */
    public void requireOwnerOrAdministrator(CurrentUser user, long accountId) {
        if (user == null || (user.accountId() != accountId && !user.administrator())) {
            throw new AccessDeniedException("Not your account");
        }
    }

    private ScrutineerUser principal(Account account, String passwordHash) {
        Person person = null;
        Set<Role> roles;
        if (account.personId() != null) {
            var standing = directory.standingOf(new PersonId(account.personId()));
            person = standing.person();
            roles = RoleDerivation.rolesOf(standing, account.administrator());
        } else {
            roles = RoleDerivation.rolesOf(null, account.administrator());
        }
        return new ScrutineerUser(account.id(), account.username(), passwordHash,
                person == null ? account.username() : person.fullName(), account.personId(), roles,
                account.enabled(), account.lockedAt(now()));
    }

    private Instant now() {
        return clock.instant();
    }

    private static void checkPassword(String password, List<FieldProblem> problems) {
        if (password == null || password.isEmpty()) {
            problems.add(new FieldProblem("password", "Enter a password"));
        } else if (password.length() > 200) {
            problems.add(new FieldProblem("password", "The password must be 200 characters or fewer"));
        }
    }

    private static Map<String, Object> snapshot(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("personId", a.personId());
        m.put("administrator", a.administrator());
        m.put("enabled", a.enabled());
        m.put("lockedUntil", a.lockedUntil());
        return m;
    }

    private static Map<String, Object> tokenSnapshot(long accountId, ApiToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accountId", accountId);
        m.put("name", t.name());
        m.put("prefix", t.prefix());
        m.put("expiresAt", t.expiresAt());
        m.put("revokedAt", t.revokedAt());
        return m;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bcrypt hash of a random string, checked against when the username does not exist. */
    private static final String DUMMY_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3jRVoL5Cw5oFvXsN0xOYy1a";
}
