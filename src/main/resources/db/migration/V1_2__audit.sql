-- Audit: an append-only history of every change to a business record, chained by SHA-256 so that altering or
-- removing an entry is detectable. Entries are written in the same transaction as the change they describe.

CREATE TABLE audit_entry (
    id            BIGINT      PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL,
    actor         TEXT        NOT NULL,
    record_type   TEXT        NOT NULL,
    record_id     TEXT        NOT NULL,
    action        TEXT        NOT NULL CHECK (action IN ('CREATED', 'CHANGED', 'DELETED')),
    changes       TEXT        NOT NULL,
    previous_hash CHAR(64)    NOT NULL,
    hash          CHAR(64)    NOT NULL
);

CREATE SEQUENCE audit_entry_id_seq OWNED BY audit_entry.id;
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id, id);
CREATE INDEX audit_entry_actor ON audit_entry (actor, id);

-- The newest entry, so that removing entries from the end of the chain is detectable too.
CREATE TABLE audit_chain_head (
    id        SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    entries   BIGINT   NOT NULL
);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit history is append-only: % is not allowed', TG_OP;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
