-- Recommendations: spreadsheet trackers uploaded for import (CSV or XLSX). The file is kept in the database so that
-- the column mapping, the preview and the import itself work on any node and survive a restart; the mapping is
-- saved between the steps. Importing creates or updates reports matched by reference (case-insensitive) and
-- recommendations matched by (report, number), so importing the same file again changes nothing.

CREATE TABLE recommendation_import (
    id                      BIGSERIAL   PRIMARY KEY,
    file_name               TEXT        NOT NULL,
    content                 BYTEA       NOT NULL,
    sha256                  TEXT        NOT NULL,
    -- the header row and the number of data rows, read once at upload so the mapping page needs no parsing
    headers                 TEXT[]      NOT NULL,
    row_count               INT         NOT NULL,
    uploaded_by             TEXT        NOT NULL,
    uploaded_by_id          BIGINT      REFERENCES person (id),
    uploaded_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- {"REPORT_REFERENCE": "Ref", "COMMITTEE": "Origin committee", ...}: target field to the file's column
    mapping                 JSONB       NOT NULL DEFAULT '{}',
    status                  TEXT        NOT NULL CHECK (status IN ('UPLOADED', 'MAPPED', 'IMPORTED')),
    skipped_errors          BOOLEAN     NOT NULL DEFAULT FALSE,
    reports_created         INT,
    reports_updated         INT,
    recommendations_created INT,
    recommendations_updated INT,
    rows_unchanged          INT,
    rows_skipped            INT,
    imported_by             TEXT,
    imported_at             TIMESTAMPTZ,
    version                 INT         NOT NULL DEFAULT 0
);

CREATE INDEX recommendation_import_uploaded ON recommendation_import (uploaded_at DESC);
CREATE INDEX recommendation_import_sha256 ON recommendation_import (sha256);
