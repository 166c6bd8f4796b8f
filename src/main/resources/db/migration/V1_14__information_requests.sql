-- Information requests (SI 2012/2089 reg 17): what a committee, its chair or a member asked the executive for, the
-- response deadline it started, acknowledgement, provision (documents are the documents module's, owned by the
-- request), refusal with a written statement of reasons, clarification (clock stopped) and escalation.

CREATE TABLE information_request (
    id                     BIGSERIAL   PRIMARY KEY,
    reference              TEXT        NOT NULL,
    committee_id           BIGINT      NOT NULL REFERENCES committee (id),
    requested_by           BIGINT      NOT NULL REFERENCES person (id),
    requested_as           TEXT        NOT NULL,
    agenda_item_id         BIGINT      REFERENCES agenda_item (id) ON DELETE SET NULL,
    relates_to             TEXT        NOT NULL,
    what                   TEXT        NOT NULL,
    why                    TEXT        NOT NULL,
    directorate_id         BIGINT      REFERENCES directorate (id),
    responsible_officer_id BIGINT      NOT NULL REFERENCES person (id),
    received_on            DATE        NOT NULL,
    deadline_id            BIGINT      REFERENCES tracked_deadline (id),
    due                    DATE,
    state                  TEXT        NOT NULL,
    acknowledged_on        DATE,
    acknowledged_by        BIGINT      REFERENCES person (id),
    responded_on           DATE,
    responded_by           BIGINT      REFERENCES person (id),
    response               TEXT,
    refusal_ground         TEXT,
    refusal_reasons        TEXT,
    clarification          TEXT,
    clarification_sought_on DATE,
    escalated_on           DATE,
    escalated_to           BIGINT      REFERENCES person (id),
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    version                INT         NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX information_request_reference ON information_request (lower(reference));
CREATE INDEX information_request_committee ON information_request (committee_id, received_on DESC);
CREATE INDEX information_request_directorate ON information_request (directorate_id, received_on DESC);
CREATE INDEX information_request_officer ON information_request (responsible_officer_id) WHERE responded_on IS NULL;
CREATE INDEX information_request_open ON information_request (due) WHERE responded_on IS NULL AND state <> 'WITHDRAWN';
CREATE INDEX information_request_deadline ON information_request (deadline_id);

-- What happened to a request, in order: received, acknowledged, clarification sought and answered, escalated,
-- provided, refused, withdrawn.
CREATE TABLE information_request_event (
    id          BIGSERIAL   PRIMARY KEY,
    request_id  BIGINT      NOT NULL REFERENCES information_request (id) ON DELETE CASCADE,
    happened_on DATE        NOT NULL,
    kind        TEXT        NOT NULL,
    text        TEXT,
    by_name     TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX information_request_event_request ON information_request_event (request_id, id);

-- Standing information arrangements: the performance and finance reports a committee receives each quarter.
CREATE TABLE standing_arrangement (
    id                     BIGSERIAL   PRIMARY KEY,
    committee_id           BIGINT      NOT NULL REFERENCES committee (id),
    title                  TEXT        NOT NULL,
    directorate_id         BIGINT      REFERENCES directorate (id),
    responsible_officer_id BIGINT      REFERENCES person (id),
    days_after_quarter     INT         NOT NULL CHECK (days_after_quarter BETWEEN 0 AND 92),
    starts_on              DATE        NOT NULL,
    ends_on                DATE,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    version                INT         NOT NULL DEFAULT 0
);

CREATE INDEX standing_arrangement_committee ON standing_arrangement (committee_id);

CREATE TABLE standing_receipt (
    id             BIGSERIAL   PRIMARY KEY,
    arrangement_id BIGINT      NOT NULL REFERENCES standing_arrangement (id) ON DELETE CASCADE,
    quarter_start  DATE        NOT NULL,
    received_on    DATE        NOT NULL,
    note           TEXT,
    recorded_by    TEXT        NOT NULL,
    UNIQUE (arrangement_id, quarter_start)
);
