-- Incidents with legal deadline clocks (R3.4). Same dialect rules as V1: runs unchanged on H2
-- (MODE=LEGACY) and PostgreSQL.

-- Incidents point at tickets, staff and accounts by the identifiers people use (ticket
-- reference, user name, account number); each is UNIQUE in its table, so the foreign keys hold.
CREATE SEQUENCE incident_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE incident (
    id                           BIGINT PRIMARY KEY,
    reference                    VARCHAR(20)  NOT NULL,
    title                        VARCHAR(200) NOT NULL,
    opened_by                    VARCHAR(64)  NOT NULL REFERENCES staff_user (username),
    opened_from                  VARCHAR(20)  NOT NULL REFERENCES ticket (reference),
    opened_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    people                       INTEGER      NOT NULL,
    discovered_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    unauthorised_access          BOOLEAN      NOT NULL,
    gdpr                         BOOLEAN      NOT NULL,
    preliminary_report_at        TIMESTAMP WITH TIME ZONE,
    final_report_at              TIMESTAMP WITH TIME ZONE,
    gdpr_notified_at             TIMESTAMP WITH TIME ZONE,
    -- set only by the overdue job's conditional UPDATE (… WHERE id = ? AND flag = FALSE): the one
    -- instance whose update counts a row announces the deadline
    preliminary_overdue_notified BOOLEAN DEFAULT FALSE NOT NULL,
    final_overdue_notified       BOOLEAN DEFAULT FALSE NOT NULL,
    gdpr_overdue_notified        BOOLEAN DEFAULT FALSE NOT NULL,
    status                       VARCHAR(16)  NOT NULL,
    closed_at                    TIMESTAMP WITH TIME ZONE,
    updated_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    version                      BIGINT       NOT NULL,
    CONSTRAINT uq_incident_reference UNIQUE (reference),
    CONSTRAINT ck_incident_people CHECK (people >= 1),
    CONSTRAINT ck_incident_status CHECK (status IN ('OPEN', 'CLOSED'))
);
-- the open list and the overdue job's scan
CREATE INDEX ix_incident_status ON incident (status, discovered_at);
-- "is an incident already open for this ticket?"
CREATE INDEX ix_incident_opened_from ON incident (opened_from);

-- INC-<year>-<n>: one row, locked while an incident is opened, so numbers are unique and gapless
-- on every instance without a dialect-specific sequence call.
CREATE TABLE incident_counter (
    id          INTEGER PRIMARY KEY,
    number_year INTEGER NOT NULL,
    last_number INTEGER NOT NULL
);
INSERT INTO incident_counter (id, number_year, last_number) VALUES (1, 0, 0);

CREATE TABLE incident_leaked_data (
    incident_id BIGINT      NOT NULL REFERENCES incident (id),
    kind        VARCHAR(20) NOT NULL,
    PRIMARY KEY (incident_id, kind)
);

CREATE TABLE incident_ticket (
    incident_id      BIGINT      NOT NULL REFERENCES incident (id),
    ticket_reference VARCHAR(20) NOT NULL REFERENCES ticket (reference),
    PRIMARY KEY (incident_id, ticket_reference)
);
CREATE INDEX ix_incident_ticket_reference ON incident_ticket (ticket_reference);

CREATE TABLE incident_account (
    incident_id    BIGINT      NOT NULL REFERENCES incident (id),
    account_number VARCHAR(64) NOT NULL REFERENCES customer_account (account_number),
    PRIMARY KEY (incident_id, account_number)
);
CREATE INDEX ix_incident_account_number ON incident_account (account_number);
