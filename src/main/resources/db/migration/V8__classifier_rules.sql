-- The security classifier's rules (R3.1): phrases an admin edits, matched against every ticket's
-- subject and body. Same dialect rules as V1: runs unchanged on H2 (MODE=LEGACY) and PostgreSQL.
-- The table starts empty; at startup the desk inserts its default rules into an empty table.

CREATE SEQUENCE classifier_rule_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE classifier_rule (
    id         BIGINT PRIMARY KEY,
    pattern    VARCHAR(500) NOT NULL,
    lang       VARCHAR(3)   NOT NULL,
    kind       VARCHAR(8)   NOT NULL,
    enabled    BOOLEAN      NOT NULL,
    note       VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    version    BIGINT       NOT NULL
);

-- One row, counted up in the same transaction as every change to the rules. Every instance
-- compares it with the version of its compiled rules (at most every few seconds) and rebuilds
-- when it moved, so a change made on one instance reaches all of them. Writers lock the row
-- first, which also serialises the "insert the defaults into an empty table" of instances
-- starting together.
CREATE TABLE classifier_rules_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO classifier_rules_version (id, version) VALUES (1, 0);
