-- Deadlines: work the reminder scan does once, whichever node does it, that is not one notification to one person
-- about one tracked deadline (those are rows of deadline_notification):
--   deadline:<id>:missed                     DeadlineMissed announced for the deadline
--   deadline:<id>:<stage>                    every responsible person (and, for an escalation, every scrutiny
--                                            officer) has been notified of this stage, e.g.
--                                            deadline:12:reminder-5wd:2027-01-06 or deadline:12:overdue:2027-01-06
--   protocol-review:<date>:person:<id>       the statutory scrutiny officer was e-mailed that the protocol is due
--                                            for review on <date>
-- The primary key is what makes each happen once: a node inserts the key with ON CONFLICT DO NOTHING in the
-- transaction that does the work, and does the work only if its insert took.

CREATE TABLE reminder_sent (
    key       TEXT        PRIMARY KEY,
    person_id BIGINT      REFERENCES person (id),
    email     TEXT,
    sent_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_by   TEXT        NOT NULL
);
