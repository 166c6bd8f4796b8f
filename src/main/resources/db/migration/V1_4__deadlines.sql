-- Deadlines: the council's calendar adjustments, its executive-scrutiny protocol (versioned rule values), the
-- deadlines other modules track, and the reminders and escalations sent for them.

CREATE TABLE calendar_adjustment (
    id         BIGSERIAL PRIMARY KEY,
    day        DATE        NOT NULL UNIQUE,
    kind       TEXT        NOT NULL CHECK (kind IN ('CLOSURE', 'ADDED_BANK_HOLIDAY', 'REMOVED_BANK_HOLIDAY')),
    reason     TEXT        NOT NULL,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The executive-scrutiny protocol document and when it is next to be reviewed.
CREATE TABLE protocol (
    id               SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    title            TEXT    NOT NULL,
    adopted_on       DATE,
    last_reviewed_on DATE,
    next_review_on   DATE,
    document_url     TEXT,
    version          INTEGER NOT NULL DEFAULT 0
);

-- A protocol value for a rule, in force from a date until the next version of the same rule.
CREATE TABLE protocol_rule (
    id             BIGSERIAL PRIMARY KEY,
    rule_id        TEXT        NOT NULL,
    effective_from DATE        NOT NULL,
    kind           TEXT        NOT NULL CHECK (kind IN ('before', 'after', 'earliest-after', 'months')),
    count          INTEGER     NOT NULL CHECK (count > 0),
    counting       TEXT CHECK (counting IN ('working', 'calendar')),
    closes_at      TIME,
    note           TEXT,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (rule_id, effective_from)
);

CREATE TABLE tracked_deadline (
    id             BIGSERIAL PRIMARY KEY,
    record_type    TEXT        NOT NULL,
    record_id      TEXT        NOT NULL,
    title          TEXT        NOT NULL,
    path           TEXT,
    rule_id        TEXT        NOT NULL,
    rule_kind      TEXT        NOT NULL,
    rule_count     INTEGER     NOT NULL,
    rule_counting  TEXT,
    rule_source    TEXT        NOT NULL,
    citation       TEXT        NOT NULL,
    closes_at      TIME,
    nation         TEXT        NOT NULL,
    trigger_date   DATE        NOT NULL,
    computed_due   DATE        NOT NULL,
    due_date       DATE        NOT NULL,
    explanation    TEXT        NOT NULL,
    skipped        TEXT        NOT NULL DEFAULT '[]',
    pauses         TEXT        NOT NULL DEFAULT '[]',
    state          TEXT        NOT NULL CHECK (state IN ('OPEN', 'STOPPED', 'MET', 'MISSED', 'CANCELLED')),
    stopped_since  DATE,
    met_on         DATE,
    extension_reason    TEXT,
    extension_agreed_by TEXT,
    closed_reason  TEXT,
    version        INTEGER     NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX tracked_deadline_record ON tracked_deadline (record_type, record_id);
CREATE INDEX tracked_deadline_open_due ON tracked_deadline (due_date) WHERE state = 'OPEN';
CREATE INDEX tracked_deadline_state_due ON tracked_deadline (state, due_date);

CREATE TABLE tracked_deadline_responsible (
    deadline_id BIGINT NOT NULL REFERENCES tracked_deadline (id) ON DELETE CASCADE,
    person_id   BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (deadline_id, person_id)
);

CREATE INDEX tracked_deadline_responsible_person ON tracked_deadline_responsible (person_id, deadline_id);

-- One row per deadline, stage and recipient: the unique key is what makes each reminder go exactly once,
-- whichever node sends it.
CREATE TABLE deadline_notification (
    id          BIGSERIAL PRIMARY KEY,
    deadline_id BIGINT      NOT NULL REFERENCES tracked_deadline (id) ON DELETE CASCADE,
    stage       TEXT        NOT NULL,
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    sent_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_by     TEXT        NOT NULL,
    email       TEXT,
    UNIQUE (deadline_id, stage, person_id)
);

CREATE INDEX deadline_notification_person ON deadline_notification (person_id, sent_at DESC);
