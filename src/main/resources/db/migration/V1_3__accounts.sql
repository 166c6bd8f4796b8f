-- Accounts: sign-in for people in the directory, lockout after repeated failures, personal API tokens.

CREATE TABLE user_account (
    id                BIGSERIAL PRIMARY KEY,
    username          TEXT        NOT NULL,
    password_hash     TEXT        NOT NULL,
    person_id         BIGINT REFERENCES person (id),
    administrator     BOOLEAN     NOT NULL DEFAULT FALSE,
    enabled           BOOLEAN     NOT NULL DEFAULT TRUE,
    failed_attempts   INTEGER     NOT NULL DEFAULT 0,
    locked_until      TIMESTAMPTZ,
    last_signed_in_at TIMESTAMPTZ,
    version           INTEGER     NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX user_account_username ON user_account (lower(username));
CREATE UNIQUE INDEX user_account_person ON user_account (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE api_token (
    id           BIGSERIAL PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES user_account (id),
    name         TEXT        NOT NULL,
    token_hash   CHAR(64)    NOT NULL UNIQUE,
    token_prefix TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);

CREATE INDEX api_token_account ON api_token (account_id, created_at DESC);
