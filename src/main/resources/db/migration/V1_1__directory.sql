-- Directory: the council, its wards, parties and directorates, people, committees, memberships and cabinet
-- portfolios. Every other module refers to these rows by id.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE council (
    id                         SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name                       TEXT        NOT NULL,
    nation                     TEXT        NOT NULL CHECK (nation IN ('england-and-wales', 'scotland', 'northern-ireland')),
    website                    TEXT,
    contact_email              TEXT,
    municipal_year_start_month SMALLINT    NOT NULL DEFAULT 5 CHECK (municipal_year_start_month BETWEEN 1 AND 12),
    version                    INTEGER     NOT NULL DEFAULT 0,
    updated_at                 TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE ward (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE party (
    id           BIGSERIAL PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    abbreviation TEXT NOT NULL
);

CREATE TABLE directorate (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE person (
    id                BIGSERIAL PRIMARY KEY,
    kind              TEXT        NOT NULL CHECK (kind IN ('COUNCILLOR', 'OFFICER', 'WITNESS')),
    honorific         TEXT,
    given_name        TEXT        NOT NULL,
    family_name       TEXT        NOT NULL,
    full_name         TEXT        NOT NULL,
    email             TEXT,
    phone             TEXT,
    -- councillors
    party_id          BIGINT REFERENCES party (id),
    ward_id           BIGINT REFERENCES ward (id),
    -- officers
    post_title        TEXT,
    directorate_id    BIGINT REFERENCES directorate (id),
    seniority         TEXT CHECK (seniority IN ('CHIEF_EXECUTIVE', 'CHIEF_OFFICER', 'HEAD_OF_SERVICE', 'OTHER_OFFICER')),
    statutory_roles   TEXT[]      NOT NULL DEFAULT '{}',
    supports_scrutiny BOOLEAN     NOT NULL DEFAULT FALSE,
    -- external witnesses
    organisation      TEXT,
    active            BOOLEAN     NOT NULL DEFAULT TRUE,
    version           INTEGER     NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (kind <> 'OFFICER' OR seniority IS NOT NULL)
);

CREATE INDEX person_kind_name ON person (kind, family_name, given_name);
CREATE INDEX person_name_order ON person (family_name, given_name, id);
CREATE INDEX person_full_name_trgm ON person USING gin (full_name gin_trgm_ops);
CREATE INDEX person_directorate ON person (directorate_id) WHERE directorate_id IS NOT NULL;
CREATE INDEX person_ward ON person (ward_id) WHERE ward_id IS NOT NULL;

CREATE TABLE committee (
    id                  BIGSERIAL PRIMARY KEY,
    name                TEXT        NOT NULL,
    kind                TEXT        NOT NULL CHECK (kind IN ('OVERVIEW_AND_SCRUTINY', 'TASK_AND_FINISH', 'CABINET', 'FULL_COUNCIL')),
    parent_id           BIGINT REFERENCES committee (id),
    terms_of_reference  TEXT,
    established_on      DATE,
    dissolved_on        DATE,
    version             INTEGER     NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (kind <> 'TASK_AND_FINISH' OR parent_id IS NOT NULL),
    CHECK (dissolved_on IS NULL OR established_on IS NULL OR dissolved_on >= established_on)
);

CREATE UNIQUE INDEX committee_name ON committee (lower(name));
CREATE INDEX committee_kind ON committee (kind, name);
CREATE INDEX committee_parent ON committee (parent_id) WHERE parent_id IS NOT NULL;

CREATE TABLE membership (
    id           BIGSERIAL PRIMARY KEY,
    committee_id BIGINT      NOT NULL REFERENCES committee (id),
    person_id    BIGINT      NOT NULL REFERENCES person (id),
    role         TEXT        NOT NULL CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'CO_OPTED_MEMBER')),
    starts_on    DATE        NOT NULL,
    ends_on      DATE,
    version      INTEGER     NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE INDEX membership_committee ON membership (committee_id, ends_on);
CREATE INDEX membership_person ON membership (person_id, ends_on);

CREATE TABLE portfolio (
    id                 BIGSERIAL PRIMARY KEY,
    title              TEXT        NOT NULL,
    responsibilities   TEXT,
    holder_id          BIGINT REFERENCES person (id),
    lead_officer_id    BIGINT REFERENCES person (id),
    directorate_id     BIGINT REFERENCES directorate (id),
    active             BOOLEAN     NOT NULL DEFAULT TRUE,
    version            INTEGER     NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX portfolio_title ON portfolio (lower(title)) WHERE active;
CREATE INDEX portfolio_holder ON portfolio (holder_id);
CREATE INDEX portfolio_lead_officer ON portfolio (lead_officer_id);
