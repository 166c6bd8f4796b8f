package org.scrutineer.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.scrutineer.accounts.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user_account table. */
@Repository
public class Accounts {

    private static final String SELECT = """
            select a.*, p.full_name as person_name from user_account a left join person p on p.id = a.person_id
            """;

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account with its password hash, for sign-in. */
    public record Credentials(Account account, String passwordHash) {
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql(SELECT + " where lower(a.username) = lower(?)").param(username)
                .query((rs, n) -> new Credentials(map(rs), rs.getString("password_hash"))).optional();
    }

    public Optional<Account> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public Optional<Account> findByPerson(long personId) {
        return jdbc.sql(SELECT + " where a.person_id = ?").param(personId).query((rs, n) -> map(rs)).optional();
    }

    public List<Account> findAll() {
        return jdbc.sql(SELECT + " order by lower(a.username)").query((rs, n) -> map(rs)).list();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from user_account where lower(username) = lower(?)").param(username.strip())
                .query(Long.class).single() > 0;
    }

    public long insert(String username, String passwordHash, Long personId, boolean administrator) {
        return jdbc.sql("""
                insert into user_account (username, password_hash, person_id, administrator) values (?, ?, ?, ?)
                returning id""")
                .params(username.strip(), passwordHash, personId, administrator).query(Long.class).single();
    }

    public void setPassword(long id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(passwordHash, id).update();
    }

    public void setFlags(long id, boolean administrator, boolean enabled) {
        jdbc.sql("""
                update user_account set administrator = ?, enabled = ?, updated_at = now(), version = version + 1
                where id = ?""").params(administrator, enabled, id).update();
    }

    /** Counts a failed sign-in; locks the account when the limit is reached. Returns the failures so far. */
    public int recordFailure(String username, int maxAttempts, Instant lockUntil) {
        return jdbc.sql("""
                update user_account set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                where lower(username) = lower(?) returning failed_attempts""")
                .params(maxAttempts, Timestamp.from(lockUntil), username).query(Integer.class).optional().orElse(0);
    }

    public void recordSuccess(long id, Instant at) {
        jdbc.sql("""
                update user_account set failed_attempts = 0, locked_until = null, last_signed_in_at = ? where id = ?""")
                .params(Timestamp.from(at), id).update();
    }

    public void unlock(long id) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = ?").param(id).update();
    }

    private static Account map(ResultSet rs) throws SQLException {
        long personId = rs.getLong("person_id");
        Long person = rs.wasNull() ? null : personId;
        return new Account(rs.getLong("id"), rs.getString("username"), person, rs.getString("person_name"),
                rs.getBoolean("administrator"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                instant(rs, "locked_until"), instant(rs, "last_signed_in_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
