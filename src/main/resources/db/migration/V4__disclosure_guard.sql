-- The credential-disclosure guard (R2) and the account directory it protects. Same dialect rules
-- as V1: runs unchanged on H2 (MODE=LEGACY) and PostgreSQL.

-- The directory as the company's systems know it. owner_email_key is the owner address normalised
-- (case, white space, full-width characters) so "the requester's accounts" is one index lookup.
ALTER TABLE customer_account ADD COLUMN holder_name_kana VARCHAR(200);
ALTER TABLE customer_account ADD COLUMN owner_email_key VARCHAR(254);
ALTER TABLE customer_account ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE customer_account SET owner_email_key = LOWER(TRIM(owner_email)), updated_at = CURRENT_TIMESTAMP;
ALTER TABLE customer_account ALTER COLUMN owner_email_key SET NOT NULL;
CREATE INDEX ix_customer_account_owner_key ON customer_account (owner_email_key);

-- Every change to the directory, before and after, so every instance updates its in-memory
-- identifier index within a second without a rebuild (R2.8). seq is the directory version,
-- taken under the lock of the single directory_version row: changes commit in seq order, so
-- an instance that has applied seq n has seen everything up to n.
CREATE TABLE directory_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 0);

CREATE TABLE account_change (
    seq                     BIGINT PRIMARY KEY,
    account_number          VARCHAR(64)  NOT NULL,
    before_login_id         VARCHAR(128),
    before_owner_email      VARCHAR(254),
    before_holder_name      VARCHAR(200),
    before_holder_name_kana VARCHAR(200),
    before_phone            VARCHAR(40),
    after_login_id          VARCHAR(128),
    after_owner_email       VARCHAR(254),
    after_holder_name       VARCHAR(200),
    after_holder_name_kana  VARCHAR(200),
    after_phone             VARCHAR(40),
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

-- R2.2: one-time password-reset links, bound to the account and the verified requester. Only the
-- SHA-256 of the token is kept (R4.2).
CREATE SEQUENCE reset_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reset_link (
    id              BIGINT PRIMARY KEY,
    token_hash      VARCHAR(64)  NOT NULL,
    account_id      BIGINT       NOT NULL REFERENCES customer_account (id),
    requester_email VARCHAR(254) NOT NULL,
    ticket_id       BIGINT       REFERENCES ticket (id) ON DELETE SET NULL,
    issued_by       BIGINT       REFERENCES staff_user (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_reset_link_token UNIQUE (token_hash)
);

-- R2.5/R2.7: every refusal of the guard, and its release. The draft is kept only when everything
-- found may be released; a draft holding a password or card number is never stored (R4).
-- findings holds kinds and masked tails only, never the values.
CREATE SEQUENCE guard_refusal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE guard_refusal (
    id              BIGINT PRIMARY KEY,
    ticket_id       BIGINT       REFERENCES ticket (id) ON DELETE CASCADE,
    channel         VARCHAR(16)  NOT NULL,
    author_id       BIGINT       NOT NULL REFERENCES staff_user (id),
    findings        VARCHAR(4000) NOT NULL,
    releasable      BOOLEAN      NOT NULL,
    draft           VARCHAR(40000),
    draft_status    VARCHAR(32),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    released_by     BIGINT       REFERENCES staff_user (id),
    justification   VARCHAR(2000),
    released_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL
);
CREATE INDEX ix_guard_refusal_ticket ON guard_refusal (ticket_id, state);
