-- Recommendations: scrutiny reports, their numbered recommendations, the draft shared with the executive, the
-- executive response (LGA 2000 s9FE), implementation updates and the committee's reviews and sign-off.

CREATE TABLE scrutiny_report (
    id                    BIGSERIAL    PRIMARY KEY,
    reference             TEXT         NOT NULL,
    municipal_year        INT          NOT NULL,
    sequence              INT,
    committee_id          BIGINT       NOT NULL REFERENCES committee (id),
    title                 TEXT         NOT NULL,
    summary               TEXT,
    body                  TEXT,
    -- Schedule 12A paragraph when the report (or part of it) is exempt; the public then see public_summary
    exempt_paragraph      INT          CHECK (exempt_paragraph BETWEEN 1 AND 7),
    exempt_reason         TEXT,
    public_summary        TEXT,
    state                 TEXT         NOT NULL,
    -- response fields the committee requires for every recommendation the executive accepts
    required_fields       TEXT[]       NOT NULL DEFAULT '{}',
    shared_on             DATE,
    agreed_on             DATE,
    agreed_at             TEXT,
    notice_served_on      DATE,
    response_deadline_id  BIGINT       REFERENCES tracked_deadline (id),
    response_due          DATE,
    response_state        TEXT,
    response_drafted_by   BIGINT       REFERENCES person (id),
    response_approved_by  BIGINT       REFERENCES person (id),
    response_approved_via TEXT,
    response_cabinet_date DATE,
    response_given_on     DATE,
    response_days_late    INT,
    response_summary      TEXT,
    published_on          DATE,
    imported              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version               INT          NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX scrutiny_report_reference ON scrutiny_report (lower(reference));
CREATE UNIQUE INDEX scrutiny_report_year_sequence ON scrutiny_report (municipal_year, sequence);
CREATE INDEX scrutiny_report_committee ON scrutiny_report (committee_id, municipal_year);
CREATE INDEX scrutiny_report_published ON scrutiny_report (published_on DESC) WHERE published_on IS NOT NULL;
CREATE INDEX scrutiny_report_awaiting ON scrutiny_report (response_due) WHERE state = 'NOTICE_SERVED';

CREATE TABLE recommendation (
    id                BIGSERIAL   PRIMARY KEY,
    report_id         BIGINT      NOT NULL REFERENCES scrutiny_report (id) ON DELETE CASCADE,
    number            INT         NOT NULL,
    text              TEXT        NOT NULL,
    addressed_to      TEXT        NOT NULL,
    addressee_id      BIGINT      REFERENCES person (id),
    partner_body      TEXT,
    portfolio_id      BIGINT      REFERENCES portfolio (id),
    exempt            BOOLEAN     NOT NULL DEFAULT FALSE,
    public_summary    TEXT,
    -- the executive response to this recommendation
    decision          TEXT,
    reasons           TEXT,
    proposed_action   TEXT,
    cabinet_member_id BIGINT      REFERENCES person (id),
    lead_officer_id   BIGINT      REFERENCES person (id),
    target_date       DATE,
    success_measure   TEXT,
    -- where implementation stands: the latest update, the target now (after slippage), the sign-off
    stage             TEXT        NOT NULL,
    progress          TEXT,
    current_target    DATE,
    last_update_on    DATE,
    signed_off_on     DATE,
    signed_off_by     BIGINT      REFERENCES person (id),
    impact_note       TEXT,
    next_review_on    DATE,
    version           INT         NOT NULL DEFAULT 0,
    UNIQUE (report_id, number)
);

CREATE INDEX recommendation_stage ON recommendation (stage, progress);
CREATE INDEX recommendation_portfolio ON recommendation (portfolio_id);
CREATE INDEX recommendation_cabinet_member ON recommendation (cabinet_member_id);
CREATE INDEX recommendation_lead_officer ON recommendation (lead_officer_id);
CREATE INDEX recommendation_stale ON recommendation (last_update_on) WHERE stage IN ('IN_PROGRESS', 'DEFERRED');

-- Who the draft was shared with, for factual accuracy and feasibility comments or to check facts.
CREATE TABLE draft_share (
    report_id  BIGINT      NOT NULL REFERENCES scrutiny_report (id) ON DELETE CASCADE,
    person_id  BIGINT      NOT NULL REFERENCES person (id),
    purpose    TEXT        NOT NULL,
    shared_on  DATE        NOT NULL,
    shared_by  TEXT        NOT NULL,
    PRIMARY KEY (report_id, person_id)
);

CREATE INDEX draft_share_person ON draft_share (person_id);

CREATE TABLE draft_comment (
    id                BIGSERIAL   PRIMARY KEY,
    report_id         BIGINT      NOT NULL REFERENCES scrutiny_report (id) ON DELETE CASCADE,
    recommendation_id BIGINT      REFERENCES recommendation (id) ON DELETE CASCADE,
    author_id         BIGINT      REFERENCES person (id),
    author_name       TEXT        NOT NULL,
    kind              TEXT        NOT NULL,
    text              TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX draft_comment_report ON draft_comment (report_id, created_at);

CREATE TABLE implementation_update (
    id                BIGSERIAL   PRIMARY KEY,
    recommendation_id BIGINT      NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    posted_on         DATE        NOT NULL,
    status            TEXT        NOT NULL,
    new_target        DATE,
    reason            TEXT,
    note              TEXT,
    evidence          TEXT,
    posted_by_id      BIGINT      REFERENCES person (id),
    posted_by_name    TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX implementation_update_recommendation ON implementation_update (recommendation_id, posted_on DESC, id DESC);

CREATE TABLE recommendation_review (
    id                BIGSERIAL   PRIMARY KEY,
    recommendation_id BIGINT      NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    reviewed_on       DATE        NOT NULL,
    outcome           TEXT        NOT NULL,
    note              TEXT,
    recorded_by       TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX recommendation_review_recommendation ON recommendation_review (recommendation_id, reviewed_on DESC);
