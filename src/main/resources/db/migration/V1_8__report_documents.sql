-- Recommendations: the documents of a scrutiny report (the report itself as published, appendices, evidence), held
-- where the council publishes them (its committee system or website) and linked from the report. Exempt ones are
-- shown only to those entitled to exempt information and never on public pages.

CREATE TABLE report_document (
    id         BIGSERIAL   PRIMARY KEY,
    report_id  BIGINT      NOT NULL REFERENCES scrutiny_report (id) ON DELETE CASCADE,
    title      TEXT        NOT NULL,
    url        TEXT        NOT NULL,
    exempt     BOOLEAN     NOT NULL DEFAULT FALSE,
    added_by   TEXT        NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX report_document_report ON report_document (report_id, id);
