-- Attendance at meetings: requirements (LGA 2000 s9FA) and invitations to attend an agenda item, the notice and
-- its tracked notice-to-attend deadline, responses, substitutions the chair accepts or refuses, officers nominated
-- by their chief officer, attendance by right (the leader, the chief executive) and the witness register; and
-- councillors' requests to speak on an item.

CREATE TABLE attendance_request (
    id                      BIGSERIAL   PRIMARY KEY,
    meeting_id              BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    -- null: the meeting as a whole (attendance by right)
    item_id                 BIGINT      REFERENCES agenda_item (id) ON DELETE CASCADE,
    -- an officer nominated by the responsible chief officer in answer to this request
    parent_id               BIGINT      REFERENCES attendance_request (id) ON DELETE CASCADE,
    kind                    TEXT        NOT NULL CHECK (kind IN ('REQUIREMENT', 'INVITATION', 'BY_RIGHT')),
    state                   TEXT        NOT NULL CHECK (state IN ('REQUESTED', 'NOTICE_SENT', 'CONFIRMED', 'DECLINED',
                                            'SUBSTITUTE_PROPOSED', 'NOMINATED', 'WITHDRAWN', 'LAPSED')),
    -- who attends (after an accepted substitution: the substitute); the capacity they attend in, as it was then
    person_id               BIGINT      NOT NULL REFERENCES person (id),
    capacity                TEXT        NOT NULL,
    -- who was asked, once a substitute took their place
    original_person_id      BIGINT      REFERENCES person (id),
    original_capacity       TEXT,
    substituted             BOOLEAN     NOT NULL DEFAULT FALSE,
    address                 TEXT,
    questions               TEXT,
    requested_by            TEXT        NOT NULL,
    requested_on            DATE        NOT NULL,
    -- the notice-to-attend deadline (T = meeting date); the due date is copied for lists
    deadline_id             BIGINT      REFERENCES tracked_deadline (id),
    notice_due              DATE,
    notice_sent_on          DATE,
    short_notice            BOOLEAN     NOT NULL DEFAULT FALSE,
    notice_emailed          BOOLEAN     NOT NULL DEFAULT FALSE,
    responded_on            DATE,
    responded_by            TEXT,
    decline_reason          TEXT,
    -- the substitute proposed (while the chair decides, and afterwards as the record of what was proposed)
    substitute_id           BIGINT      REFERENCES person (id),
    substitute_reason       TEXT,
    substitution_decision   TEXT        CHECK (substitution_decision IN ('ACCEPTED', 'REFUSED')),
    substitution_reason     TEXT,
    substitution_decided_by TEXT,
    substitution_decided_on DATE,
    nominated_by            BIGINT      REFERENCES person (id),
    invited_to_speak        BOOLEAN     NOT NULL DEFAULT FALSE,
    -- the witness register, taken after the meeting: present (true) or absent (false)
    attended                BOOLEAN,
    attendance_recorded_on  DATE,
    closed_reason           TEXT,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    version                 INT         NOT NULL DEFAULT 0,
    CONSTRAINT by_right_is_for_the_meeting CHECK ((kind = 'BY_RIGHT') = (item_id IS NULL)),
    CONSTRAINT nominee_has_parent CHECK (parent_id IS NULL OR nominated_by IS NOT NULL)
);

CREATE INDEX attendance_request_item ON attendance_request (item_id, id);
CREATE INDEX attendance_request_meeting ON attendance_request (meeting_id);
CREATE INDEX attendance_request_parent ON attendance_request (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX attendance_request_person ON attendance_request (person_id, state);
CREATE INDEX attendance_request_original ON attendance_request (original_person_id) WHERE original_person_id IS NOT NULL;
CREATE INDEX attendance_request_awaiting ON attendance_request (state) WHERE state IN ('NOTICE_SENT', 'SUBSTITUTE_PROPOSED');

-- One open request per person and item (the cabinet member's default invitation and a scrutiny officer's request
-- for the same person cannot both be created, whoever is first), and one attendance by right per meeting.
CREATE UNIQUE INDEX attendance_request_open_per_item ON attendance_request (item_id, person_id)
    WHERE parent_id IS NULL AND item_id IS NOT NULL
      AND state IN ('REQUESTED', 'NOTICE_SENT', 'CONFIRMED', 'SUBSTITUTE_PROPOSED', 'NOMINATED');
CREATE UNIQUE INDEX attendance_by_right_per_meeting ON attendance_request (meeting_id, person_id)
    WHERE item_id IS NULL AND state = 'CONFIRMED';

-- Open notice-to-attend deadlines, by request. No foreign key to the request: when a meeting or item is deleted
-- its requests go with it, and this ledger is how their deadlines are found and cancelled.
CREATE TABLE attendance_notice_deadline (
    deadline_id BIGINT PRIMARY KEY REFERENCES tracked_deadline (id),
    request_id  BIGINT NOT NULL
);

CREATE INDEX attendance_notice_deadline_request ON attendance_notice_deadline (request_id);

-- A councillor who is not a member of the committee asks to speak on an item; the chair grants or refuses.
CREATE TABLE speaking_request (
    id              BIGSERIAL   PRIMARY KEY,
    meeting_id      BIGINT      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    item_id         BIGINT      NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    person_id       BIGINT      NOT NULL REFERENCES person (id),
    reason          TEXT        NOT NULL,
    state           TEXT        NOT NULL CHECK (state IN ('REQUESTED', 'GRANTED', 'REFUSED', 'WITHDRAWN', 'LAPSED')),
    requested_by    TEXT        NOT NULL,
    requested_on    DATE        NOT NULL,
    decision_reason TEXT,
    decided_by      TEXT,
    decided_on      DATE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    version         INT         NOT NULL DEFAULT 0
);

CREATE INDEX speaking_request_item ON speaking_request (item_id, id);
CREATE INDEX speaking_request_meeting ON speaking_request (meeting_id);
CREATE UNIQUE INDEX speaking_request_open ON speaking_request (item_id, person_id) WHERE state IN ('REQUESTED', 'GRANTED');
