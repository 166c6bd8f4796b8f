-- Documents: reports and attachments held by Scrutineer itself, each classified public, exempt (LGA 1972
-- Schedule 12A paragraph and the public interest reasoning) or confidential, with the summary the public see when
-- it is withheld. The file lives in the document store under storage_key (never under the uploaded name); the
-- owner (a meeting's agenda item, an information request...) is named by type and id, so this module knows none.

CREATE TABLE document (
    id                     BIGSERIAL   PRIMARY KEY,
    owner_type             TEXT        NOT NULL,
    owner_id               TEXT        NOT NULL,
    -- the committee whose current members may read it when it is restricted
    committee_id           BIGINT      REFERENCES committee (id),
    title                  TEXT        NOT NULL,
    file_name              TEXT        NOT NULL,
    media_type             TEXT        NOT NULL,
    size_bytes             BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256                 TEXT        NOT NULL,
    storage_key            TEXT        NOT NULL UNIQUE,
    classification         TEXT        NOT NULL CHECK (classification IN ('PUBLIC', 'EXEMPT', 'CONFIDENTIAL')),
    paragraph              INT         CHECK (paragraph BETWEEN 1 AND 7),
    public_interest_reason TEXT,
    public_summary         TEXT,
    classified_by          TEXT        NOT NULL,
    classified_at          TIMESTAMPTZ NOT NULL,
    uploaded_by            TEXT        NOT NULL,
    uploaded_at            TIMESTAMPTZ NOT NULL,
    version                INT         NOT NULL DEFAULT 0,
    -- exempt: its Schedule 12A paragraph; exempt or confidential: why it is withheld and what the public see instead
    CHECK (classification <> 'EXEMPT' OR paragraph IS NOT NULL),
    CHECK (classification = 'PUBLIC' OR (public_interest_reason IS NOT NULL AND public_summary IS NOT NULL))
);

CREATE INDEX document_owner ON document (owner_type, owner_id, uploaded_at, id);
CREATE INDEX document_committee ON document (committee_id);
