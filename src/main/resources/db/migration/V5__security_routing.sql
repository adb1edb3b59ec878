-- Security routing (R3.1-R3.3): why a ticket is a security ticket, its acknowledgement clock and
-- escalation state, every tag change, and the staff's in-app notifications. Same dialect rules
-- as V1: runs unchanged on H2 (MODE=LEGACY) and PostgreSQL.

ALTER TABLE staff_user ADD COLUMN privacy_officer BOOLEAN DEFAULT FALSE NOT NULL;

-- security_source: which of the five R3.1 sources tagged it first. ack_due_at: when a
-- supervisor must have acknowledged it. escalation_level: 0 none, 1 all supervisors told of the
-- breach, 2 the privacy officer told; raised only by a conditional UPDATE, so exactly one
-- instance wins each step.
ALTER TABLE ticket ADD COLUMN security_source VARCHAR(24);
ALTER TABLE ticket ADD COLUMN security_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN ack_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN acknowledged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN acknowledged_by_id BIGINT REFERENCES staff_user (id);
ALTER TABLE ticket ADD COLUMN escalation_level INTEGER DEFAULT 0 NOT NULL;
UPDATE ticket SET security_source = 'FORM_CATEGORY', security_since = created_at, ack_due_at = created_at WHERE security = TRUE;
-- the escalation job's scan: security tickets still waiting for acknowledgement, by due time
CREATE INDEX ix_ticket_sla ON ticket (escalation_level, ack_due_at);
CREATE INDEX ix_ticket_security_since ON ticket (security, security_since);

CREATE SEQUENCE ticket_tag_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_tag_change (
    id         BIGINT PRIMARY KEY,
    ticket_id  BIGINT      NOT NULL REFERENCES ticket (id),
    security   BOOLEAN     NOT NULL,
    source     VARCHAR(24) NOT NULL,
    staff_id   BIGINT REFERENCES staff_user (id),
    note       VARCHAR(2000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_ticket_tag_change_ticket ON ticket_tag_change (ticket_id, created_at);

CREATE SEQUENCE staff_notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE staff_notification (
    id         BIGINT PRIMARY KEY,
    staff_id   BIGINT      NOT NULL REFERENCES staff_user (id),
    kind       VARCHAR(32) NOT NULL,
    subject    VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_staff_notification_staff ON staff_notification (staff_id, read_at, created_at);
