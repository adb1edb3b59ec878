-- Guarddesk foundation schema. Runs unchanged on H2 (MODE=LEGACY) and PostgreSQL:
-- sequences instead of identity columns (starting at their increment: EclipseLink reads a value as the end of its block), VARCHAR with explicit limits, TIMESTAMP WITH TIME ZONE.

CREATE SEQUENCE staff_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ticket_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ticket_message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE canned_reply_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE staff_user (
    id               BIGINT PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    password_hash    VARCHAR(512) NOT NULL,
    active           BOOLEAN      NOT NULL,
    failed_sign_ins  INTEGER      NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_staff_user_username UNIQUE (username)
);

CREATE TABLE staff_role (
    staff_id BIGINT      NOT NULL REFERENCES staff_user (id),
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_id, role)
);

CREATE TABLE api_token (
    id           BIGINT PRIMARY KEY,
    staff_id     BIGINT       NOT NULL REFERENCES staff_user (id),
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    hint         VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_staff ON api_token (staff_id);

CREATE TABLE ticket (
    id                 BIGINT PRIMARY KEY,
    reference          VARCHAR(20)  NOT NULL,
    access_key_hash    VARCHAR(64)  NOT NULL,
    requester_name     VARCHAR(100) NOT NULL,
    requester_email    VARCHAR(254) NOT NULL,
    requester_language VARCHAR(8)   NOT NULL,
    category           VARCHAR(32)  NOT NULL,
    channel            VARCHAR(16)  NOT NULL,
    security           BOOLEAN      NOT NULL,
    subject            VARCHAR(200) NOT NULL,
    status             VARCHAR(32)  NOT NULL,
    assignee_id        BIGINT REFERENCES staff_user (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uq_ticket_reference UNIQUE (reference),
    CONSTRAINT uq_ticket_access_key UNIQUE (access_key_hash)
);
-- The queue filters by status/category/assignee and sorts by age; each index leads with a
-- filter column and ends with the sort key so a page is an index range scan at a million rows.
CREATE INDEX ix_ticket_status_updated ON ticket (status, updated_at);
CREATE INDEX ix_ticket_category_updated ON ticket (category, updated_at);
CREATE INDEX ix_ticket_assignee_updated ON ticket (assignee_id, updated_at);
CREATE INDEX ix_ticket_updated ON ticket (updated_at);
CREATE INDEX ix_ticket_created ON ticket (created_at);
CREATE INDEX ix_ticket_requester_email ON ticket (requester_email);

CREATE TABLE ticket_message (
    id          BIGINT PRIMARY KEY,
    ticket_id   BIGINT        NOT NULL REFERENCES ticket (id),
    author_kind VARCHAR(16)   NOT NULL,
    author_name VARCHAR(100)  NOT NULL,
    staff_id    BIGINT REFERENCES staff_user (id),
    body        VARCHAR(20000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_ticket_message_ticket ON ticket_message (ticket_id, created_at);

CREATE TABLE canned_reply (
    id       BIGINT PRIMARY KEY,
    title    VARCHAR(100)  NOT NULL,
    language VARCHAR(8)    NOT NULL,
    body     VARCHAR(5000) NOT NULL,
    CONSTRAINT uq_canned_reply_title UNIQUE (title, language)
);
