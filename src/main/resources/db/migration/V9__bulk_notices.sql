-- Bulk notices to affected customers (R5). Same dialect rules as V1: runs unchanged on H2
-- (MODE=LEGACY) and PostgreSQL.

CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;
-- recipients are written by the thousand
CREATE SEQUENCE notice_recipient_seq START WITH 500 INCREMENT BY 500;

-- A notice: its text in both languages, its send time, where its recipients came from, and the
-- two-person check. content_hash is the SHA-256 of exactly what an approver sees (text, time and
-- the recipient list through recipients_hash); approved_hash is the one the approver saw. Sending
-- starts only while both are equal (R5.2).
CREATE TABLE notice (
    id                BIGINT PRIMARY KEY,
    author            VARCHAR(64)    NOT NULL REFERENCES staff_user (username),
    incident          VARCHAR(20)    REFERENCES incident (reference),
    source            VARCHAR(16)    NOT NULL,
    query_status      VARCHAR(16),
    query_prefix      VARCHAR(64),
    query_domain      VARCHAR(254),
    subject_en        VARCHAR(150)   NOT NULL,
    body_en           VARCHAR(20000) NOT NULL,
    subject_ja        VARCHAR(150)   NOT NULL,
    body_ja           VARCHAR(20000) NOT NULL,
    send_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    recipient_count   INTEGER        NOT NULL,
    recipients_hash   VARCHAR(64)    NOT NULL,
    content_hash      VARCHAR(64)    NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    approved_by       VARCHAR(64)    REFERENCES staff_user (username),
    approved_hash     VARCHAR(64),
    approved_at       TIMESTAMP WITH TIME ZONE,
    rejected_by       VARCHAR(64)    REFERENCES staff_user (username),
    rejection_reason  VARCHAR(1000),
    rejected_at       TIMESTAMP WITH TIME ZONE,
    started_at        TIMESTAMP WITH TIME ZONE,
    -- the pace of sending, for all instances together: messages up to this instant at the
    -- configured rate have been spent (a token bucket kept in the notice's row)
    paced_until       TIMESTAMP WITH TIME ZONE,
    -- where the sender goes on: every recipient before this position has been handled, so a step
    -- reads a range of the (notice_id, position) index instead of skipping the handled ones
    next_position     INTEGER        DEFAULT 0 NOT NULL,
    -- recipients written to the outbox and refused by the guard, counted by the step that handled
    -- them (in its transaction), so that the progress bar does not count 100,000 rows each time
    queued_count      INTEGER        DEFAULT 0 NOT NULL,
    refused_count     INTEGER        DEFAULT 0 NOT NULL,
    paused_by         VARCHAR(64),
    finished_at       TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT ck_notice_status CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SENDING', 'PAUSED', 'SENT')),
    CONSTRAINT ck_notice_source CHECK (source IN ('INCIDENT', 'QUERY', 'CSV')),
    -- the two-person rule in the schema as well: whatever the code does, the author's name never
    -- stands in approved_by
    CONSTRAINT ck_notice_second_person CHECK (approved_by IS NULL OR approved_by <> author)
);
-- the sender's scan for due and running notices
CREATE INDEX ix_notice_status ON notice (status, send_at);
-- an incident's notices
CREATE INDEX ix_notice_incident ON notice (incident);

-- One row per recipient address, a snapshot taken when the recipients are set: the approver
-- approves these rows, and the sender works through them in position order. state WAITING ->
-- QUEUED (outbox_id set, in the same transaction as the outbox row) or REFUSED (the guard refused
-- this recipient's message). The state change and the outbox row commit together: a restart
-- neither repeats nor skips anyone (R5.3).
CREATE TABLE notice_recipient (
    id         BIGINT PRIMARY KEY,
    notice_id  BIGINT        NOT NULL REFERENCES notice (id),
    position   INTEGER       NOT NULL,
    email      VARCHAR(254)  NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    accounts   VARCHAR(1000) NOT NULL,
    language   VARCHAR(8)    NOT NULL,
    state      VARCHAR(16)   NOT NULL,
    outbox_id  BIGINT,
    CONSTRAINT uq_notice_recipient_position UNIQUE (notice_id, position),
    -- one message per address, however many of its accounts are affected
    CONSTRAINT uq_notice_recipient_email UNIQUE (notice_id, email),
    CONSTRAINT ck_notice_recipient_state CHECK (state IN ('WAITING', 'QUEUED', 'REFUSED'))
);
-- the sender's next batch, and the progress counts
CREATE INDEX ix_notice_recipient_state ON notice_recipient (notice_id, state, position);

-- Mail that belongs to a larger sending (a notice) names it, so that its delivery can be counted
-- without touching every recipient row.
ALTER TABLE mail_outbox ADD COLUMN batch VARCHAR(40);
CREATE INDEX ix_mail_outbox_batch ON mail_outbox (batch, status);

-- The relay's claim orders the due rows by (next_attempt_at, id). With id in the index the database
-- reads the first rows in that order and stops; without it, it sorted every due row on each claim,
-- which a notice's 100,000 pending mails turned into 40 mails a second.
DROP INDEX ix_mail_outbox_due;
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at, id);
