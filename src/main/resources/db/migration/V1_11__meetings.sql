-- Meetings of any committee: the agenda (items with their aims and lines of questioning, open or taken in private
-- under Schedule 12A), the attendance register of members, declarations of interest and the minutes.

CREATE TABLE meeting (
    id                  BIGSERIAL   PRIMARY KEY,
    committee_id        BIGINT      NOT NULL REFERENCES committee (id),
    meeting_date        DATE        NOT NULL,
    starts_at           TIME        NOT NULL,
    place               TEXT        NOT NULL,
    notes               TEXT,
    status              TEXT        NOT NULL,
    -- the agenda-publication deadline (LGA 1972 s100B) tracked for the meeting; the date is copied for lists
    agenda_deadline_id  BIGINT      REFERENCES tracked_deadline (id),
    agenda_due          DATE,
    agenda_published_on DATE,
    agenda_late         BOOLEAN     NOT NULL DEFAULT FALSE,
    cancelled_reason    TEXT,
    held_on             DATE,
    minutes_published_on DATE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    version             INT         NOT NULL DEFAULT 0
);

CREATE INDEX meeting_committee_date ON meeting (committee_id, meeting_date DESC);
CREATE INDEX meeting_date ON meeting (meeting_date DESC);
CREATE INDEX meeting_agenda_due ON meeting (agenda_due) WHERE status = 'SCHEDULED';
CREATE INDEX meeting_agenda_deadline ON meeting (agenda_deadline_id);

CREATE TABLE agenda_item (
    id                   BIGSERIAL   PRIMARY KEY,
    meeting_id           BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position             INT         NOT NULL,
    title                TEXT        NOT NULL,
    purpose              TEXT,
    -- the session's aims and objectives and key lines of questioning, agreed beforehand with the executive
    aims                 TEXT,
    lines_of_questioning TEXT,
    aims_agreed_on       DATE,
    aims_agreed_with     TEXT,
    report_text          TEXT,
    portfolio_id         BIGINT      REFERENCES portfolio (id),
    directorate_id       BIGINT      REFERENCES directorate (id),
    in_private           BOOLEAN     NOT NULL DEFAULT FALSE,
    exempt_paragraph     INT         CHECK (exempt_paragraph BETWEEN 1 AND 7),
    private_reason       TEXT,
    public_summary       TEXT,
    minutes              TEXT,
    resolutions          TEXT,
    -- the scrutiny report holding the recommendations the committee made on the day
    report_id            BIGINT      REFERENCES scrutiny_report (id) ON DELETE SET NULL,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    version              INT         NOT NULL DEFAULT 0,
    CONSTRAINT private_item_has_paragraph CHECK (NOT in_private OR exempt_paragraph IS NOT NULL)
);

CREATE UNIQUE INDEX agenda_item_order ON agenda_item (meeting_id, position);
CREATE INDEX agenda_item_portfolio ON agenda_item (portfolio_id);
CREATE INDEX agenda_item_report ON agenda_item (report_id) WHERE report_id IS NOT NULL;

-- The register of members (and their substitutes) at a meeting. Witnesses are registered by the attendance module.
CREATE TABLE register_entry (
    id               BIGSERIAL   PRIMARY KEY,
    meeting_id       BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id        BIGINT      NOT NULL REFERENCES person (id),
    attendance       TEXT        NOT NULL,
    substitute_for   BIGINT      REFERENCES person (id),
    recorded_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (meeting_id, person_id)
);

CREATE INDEX register_entry_person ON register_entry (person_id);

CREATE TABLE declaration (
    id          BIGSERIAL   PRIMARY KEY,
    item_id     BIGINT      NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    kind        TEXT        NOT NULL,
    nature      TEXT        NOT NULL,
    left_room   BOOLEAN     NOT NULL DEFAULT FALSE,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX declaration_item ON declaration (item_id);
CREATE INDEX declaration_person ON declaration (person_id);
