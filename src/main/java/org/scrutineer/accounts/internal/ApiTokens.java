package org.scrutineer.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.scrutineer.accounts.ApiToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table: only a SHA-256 hash of each secret is stored. */
@Repository
public class ApiTokens {

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long accountId, String name, String hash, String prefix, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (account_id, name, token_hash, token_prefix, expires_at) values (?, ?, ?, ?, ?)
                returning id""")
                .params(accountId, name, hash, prefix, expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.sql("select * from api_token where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<ApiToken> ofAccount(long accountId) {
        return jdbc.sql("select * from api_token where account_id = ? order by revoked_at nulls first, created_at desc")
                .param(accountId).query((rs, n) -> map(rs)).list();
    }

    /** The account a valid token belongs to, noting its use. */
    public Optional<Long> accountFor(String hash, Instant now) {
        return jdbc.sql("""
                update api_token set last_used_at = :now
                where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)
                returning account_id""")
                .param("now", Timestamp.from(now)).param("hash", hash).query(Long.class).optional();
    }

    public boolean belongsTo(long tokenId, long accountId) {
        return jdbc.sql("select count(*) from api_token where id = ? and account_id = ?").params(tokenId, accountId)
                .query(Long.class).single() > 0;
    }

    public void revoke(long id, Instant at) {
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(at), id).update();
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                Accounts.instant(rs, "created_at"), Accounts.instant(rs, "expires_at"),
                Accounts.instant(rs, "last_used_at"), Accounts.instant(rs, "revoked_at"));
    }
}
