-- The tamper-evident audit log (R6). Same dialect rules as V1: runs unchanged on H2 (MODE=LEGACY)
-- and PostgreSQL.

-- R6.2: one row per sensitive action, never updated or deleted by the desk. hash is the SHA-256 of
-- the entry's canonical serialisation, which includes prev_hash (the hash of entry seq - 1, or 64
-- zeros for the first): changing, removing or reordering an entry breaks the chain from there on.
-- at is UTC with microseconds, the precision both databases keep, so the hash survives a round trip.
CREATE TABLE audit_entry (
    seq            BIGINT PRIMARY KEY,
    prev_hash      VARCHAR(64)  NOT NULL,
    hash           VARCHAR(64)  NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    action         VARCHAR(32)  NOT NULL,
    ticket_ref     VARCHAR(32),
    account_number VARCHAR(64),
    outcome        VARCHAR(32)  NOT NULL,
    detail         VARCHAR(500)
);

-- The end of the chain. Every append locks this single row (SELECT ... FOR UPDATE) and holds the
-- lock to its commit, so entries are numbered in commit order and each links to the one committed
-- before it, also with several instances on one database (a sequence would hand out numbers in
-- request order and leave gaps on rollback).
CREATE TABLE audit_head (
    id        INTEGER     PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
