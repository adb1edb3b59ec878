-- The mail outbox (R7.2) and "this wasn't me" suppressions (R1.6). Same dialect rules as V1: runs
-- unchanged on H2 (MODE=LEGACY) and PostgreSQL.

CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_suppression_seq START WITH 50 INCREMENT BY 50;

-- One row per message and recipient, written in the transaction of the change that causes it.
-- ticket_id has no foreign key: mail outlives a purged ticket (R1.5) and the mail feature does not
-- depend on tickets. The bodies are kept only until the mail has left (R4: they carry live links).
CREATE TABLE mail_outbox (
    id              BIGINT PRIMARY KEY,
    message_id      VARCHAR(120)    NOT NULL,
    kind            VARCHAR(32)     NOT NULL,
    template        VARCHAR(64)     NOT NULL,
    ticket_id       BIGINT,
    recipient       VARCHAR(254)    NOT NULL,
    recipient_name  VARCHAR(100)    NOT NULL,
    language        VARCHAR(8)      NOT NULL,
    subject         VARCHAR(200)    NOT NULL,
    text_body       VARCHAR(40000),
    html_body       VARCHAR(120000),
    not_me_hash     VARCHAR(64)     NOT NULL,
    status          VARCHAR(16)     NOT NULL,
    attempts        INTEGER         NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      VARCHAR(64),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_reply      VARCHAR(200),
    delivered_to    VARCHAR(16),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id),
    CONSTRAINT uq_mail_outbox_not_me UNIQUE (not_me_hash)
);
-- The relay's claim: PENDING rows that are due, oldest first; delivered rows never enter the range.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
-- Reading back what one claim took.
CREATE INDEX ix_mail_outbox_claimed_by ON mail_outbox (claimed_by);
-- Per-address mail limits (countSince) and suppressing what is still pending for an address.
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient, kind, created_at);
-- The admin mailbox, newest first.
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);

-- "Stop mail to this address about this ticket"; ticket_id NULL stands for mail about no ticket.
CREATE TABLE mail_suppression (
    id         BIGINT PRIMARY KEY,
    recipient  VARCHAR(254) NOT NULL,
    ticket_id  BIGINT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_mail_suppression_recipient ON mail_suppression (recipient, ticket_id);
