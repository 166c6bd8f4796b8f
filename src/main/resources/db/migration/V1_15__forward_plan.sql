-- Forward plan, executive decisions and call-in (SI 2012/2089 regs 5, 9-13, 18-19; LGA 2000 s9F): the notice of
-- each planned key decision (or the general exception or special urgency route taken instead), notices of private
-- meetings, the decision record, call-in requests and their outcome, pre-decision scrutiny flags and reg 18 reports.

CREATE TABLE executive_decision (
    id                        BIGSERIAL   PRIMARY KEY,
    reference                 TEXT        NOT NULL,
    matter                    TEXT        NOT NULL,
    summary                   TEXT,
    maker_kind                TEXT        NOT NULL,
    maker_id                  BIGINT      REFERENCES person (id),
    portfolio_id              BIGINT      REFERENCES portfolio (id),
    lead_member_id            BIGINT      REFERENCES person (id),
    lead_officer_id           BIGINT      REFERENCES person (id),
    expected_on               DATE        NOT NULL,
    key_decision              BOOLEAN     NOT NULL,
    -- why it is (or is not) key: the council's thresholds
    key_reasons               TEXT[]      NOT NULL DEFAULT '{}',
    financial_effect          NUMERIC(14, 2),
    ward_ids                  BIGINT[]    NOT NULL DEFAULT '{}',
    documents                 TEXT,
    consultation              TEXT,
    in_private                BOOLEAN     NOT NULL DEFAULT FALSE,
    exempt_paragraph          INT         CHECK (exempt_paragraph BETWEEN 1 AND 7),
    private_reason            TEXT,
    planned_scrutiny          TEXT,
    -- how the decision may be taken: notice on the forward plan, general exception (reg 10), special urgency (reg 11)
    route                     TEXT        NOT NULL DEFAULT 'NOTICE',
    notice_published_on       DATE,
    notice_due                DATE,
    chair_informed_on         DATE,
    chair_informed_id         BIGINT      REFERENCES person (id),
    exception_reasons         TEXT,
    earliest_decision_on      DATE,
    urgency_agreed_by         BIGINT      REFERENCES person (id),
    urgency_agreed_as         TEXT,
    urgency_agreed_on         DATE,
    urgency_reasons           TEXT,
    state                     TEXT        NOT NULL,
    -- the decision record (regs 12-13)
    decided_on                DATE,
    decision                  TEXT,
    reasons                   TEXT,
    alternatives              TEXT,
    conflicts                 TEXT,
    dispensations             TEXT,
    record_published_on       DATE,
    call_in_deadline_id       BIGINT      REFERENCES tracked_deadline (id),
    call_in_closes_on         DATE,
    call_in_closes_at         TIME,
    call_in_exempt_reason     TEXT,
    withdrawn_reason          TEXT,
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    version                   INT         NOT NULL DEFAULT 0,
    CONSTRAINT private_decision_has_paragraph CHECK (NOT in_private OR exempt_paragraph IS NOT NULL)
);

CREATE UNIQUE INDEX executive_decision_reference ON executive_decision (lower(reference));
CREATE INDEX executive_decision_expected ON executive_decision (expected_on);
CREATE INDEX executive_decision_portfolio ON executive_decision (portfolio_id, expected_on);
CREATE INDEX executive_decision_wards ON executive_decision USING gin (ward_ids);
CREATE INDEX executive_decision_state ON executive_decision (state, expected_on);
CREATE INDEX executive_decision_call_in ON executive_decision (call_in_closes_on) WHERE state = 'RECORD_PUBLISHED';
CREATE INDEX executive_decision_urgency ON executive_decision (urgency_agreed_on) WHERE route = 'SPECIAL_URGENCY';

-- Notices of the intention to take a decision in a private meeting (reg 5): 28 days, then 5 clear working days.
CREATE TABLE private_meeting_notice (
    id                  BIGSERIAL   PRIMARY KEY,
    decision_id         BIGINT      NOT NULL UNIQUE REFERENCES executive_decision (id) ON DELETE CASCADE,
    intention_published_on DATE,
    intention_due       DATE,
    representations     TEXT,
    response            TEXT,
    final_published_on  DATE,
    final_due           DATE,
    version             INT         NOT NULL DEFAULT 0
);

-- A committee's flag that it wants to scrutinise a decision before it is taken.
CREATE TABLE pre_decision_scrutiny (
    id            BIGSERIAL   PRIMARY KEY,
    decision_id   BIGINT      NOT NULL REFERENCES executive_decision (id) ON DELETE CASCADE,
    committee_id  BIGINT      NOT NULL REFERENCES committee (id),
    note          TEXT,
    flagged_by    TEXT        NOT NULL,
    flagged_on    DATE        NOT NULL,
    UNIQUE (decision_id, committee_id)
);

CREATE INDEX pre_decision_scrutiny_committee ON pre_decision_scrutiny (committee_id);

CREATE TABLE call_in (
    id                   BIGSERIAL   PRIMARY KEY,
    decision_id          BIGINT      NOT NULL REFERENCES executive_decision (id),
    grounds              TEXT[]      NOT NULL,
    explanation          TEXT        NOT NULL,
    signatory_ids        BIGINT[]    NOT NULL,
    submitted_at         TIMESTAMPTZ NOT NULL,
    committee_id         BIGINT      REFERENCES committee (id),
    meeting_by           DATE,
    state                TEXT        NOT NULL,
    heard_on             DATE,
    outcome              TEXT,
    concerns             TEXT,
    reconsider_by        DATE,
    reconsidered_on      DATE,
    reconsideration      TEXT,
    council_date         DATE,
    version              INT         NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX call_in_one_per_decision ON call_in (decision_id);
CREATE INDEX call_in_state ON call_in (state);

-- Reg 18: the committee requires a report to council on a decision it thinks should have been treated as key.
CREATE TABLE key_decision_report (
    id             BIGSERIAL   PRIMARY KEY,
    decision_id    BIGINT      NOT NULL REFERENCES executive_decision (id),
    committee_id   BIGINT      NOT NULL REFERENCES committee (id),
    required_on    DATE        NOT NULL,
    report_by      DATE        NOT NULL,
    reasons        TEXT        NOT NULL,
    reported_on    DATE,
    UNIQUE (decision_id, committee_id)
);
