-- R1: tickets wait for their requester to confirm the address; private links become a set of
-- keys per ticket (each mail that links to a ticket carries a key of its own).

ALTER TABLE ticket ADD COLUMN requester_verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN related_ticket_id BIGINT REFERENCES ticket (id);

CREATE TABLE ticket_access_key (
    key_hash   VARCHAR(64) PRIMARY KEY,
    ticket_id  BIGINT      NOT NULL REFERENCES ticket (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_ticket_access_key_ticket ON ticket_access_key (ticket_id);
INSERT INTO ticket_access_key (key_hash, ticket_id, created_at) SELECT access_key_hash, id, created_at FROM ticket;
ALTER TABLE ticket DROP CONSTRAINT uq_ticket_access_key;
ALTER TABLE ticket DROP COLUMN access_key_hash;

CREATE SEQUENCE confirmation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE confirmation (
    id         BIGINT PRIMARY KEY,
    token_hash VARCHAR(64)  NOT NULL,
    purpose    VARCHAR(16)  NOT NULL,
    ticket_id  BIGINT REFERENCES ticket (id),
    email      VARCHAR(254) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    voided_at  TIMESTAMP WITH TIME ZONE,
    version    BIGINT       NOT NULL,
    CONSTRAINT uq_confirmation_token UNIQUE (token_hash)
);
CREATE INDEX ix_confirmation_ticket ON confirmation (ticket_id, purpose);
-- the purge of unconfirmed tickets looks for old ones in this status
CREATE INDEX ix_ticket_status_created ON ticket (status, created_at);

-- R1.4: the company's customer accounts, as far as verification needs them (the guard's issue
-- extends the directory); a phone ticket is confirmed through the address on file.
CREATE SEQUENCE customer_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE customer_account (
    id             BIGINT PRIMARY KEY,
    account_number VARCHAR(64)  NOT NULL,
    login_id       VARCHAR(128) NOT NULL,
    owner_email    VARCHAR(254) NOT NULL,
    holder_name    VARCHAR(200) NOT NULL,
    phone          VARCHAR(40),
    status         VARCHAR(16)  NOT NULL,
    CONSTRAINT uq_customer_account_number UNIQUE (account_number)
);
CREATE INDEX ix_customer_account_owner ON customer_account (owner_email);
ALTER TABLE ticket ADD COLUMN account_id BIGINT REFERENCES customer_account (id);
CREATE INDEX ix_confirmation_email ON confirmation (email, purpose);
