-- Text search over the queue: a case-insensitive substring of a ticket's subject or of any of its
-- messages (QueueQuery, QueueText). Japanese is not split into words, so the indexes work on
-- character n-grams, not on words.
--
-- pg_trgm is in PostgreSQL's contrib and "trusted" since PostgreSQL 13: the owner of the database
-- (any role with CREATE on it) may create it. If Guarddesk's database user may not, an
-- administrator runs `CREATE EXTENSION pg_trgm;` in this database once before the upgrade.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- pg_trgm takes its word characters from the database's LC_CTYPE: under C or POSIX it sees no
-- letters in Japanese at all, so Japanese terms would scan every message instead of using the
-- index. The search stays correct, only slow; create the database with a UTF-8 ctype instead,
-- e.g. `CREATE DATABASE guarddesk ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0`.
DO $$
BEGIN
    IF (SELECT datctype FROM pg_database WHERE datname = current_database()) IN ('C', 'POSIX') THEN
        RAISE WARNING 'Guarddesk text search: database ctype is C, so Japanese terms cannot use the trigram index; see V10__text_search.sql';
    END IF;
END
$$;

-- Terms of three characters or more: trigram indexes serve ILIKE '%term%'.
CREATE INDEX IF NOT EXISTS ix_ticket_subject_trgm ON ticket USING gin (subject gin_trgm_ops);
CREATE INDEX IF NOT EXISTS ix_ticket_message_body_trgm ON ticket_message USING gin (body gin_trgm_ops);

-- Two-character terms: a trigram index cannot serve them ('%請求%' has no whole trigram), and
-- two-kanji words (請求, 解約, 返金) are among the commonest Japanese searches. So the distinct
-- pairs of adjacent characters inside runs of non-ASCII characters, lower-cased, are indexed as
-- an array; `guarddesk_bigrams(body) @> ARRAY['請求']` is then exactly "body contains 請求" for
-- such a pair. ASCII pairs are left out: two Latin letters are no useful search and would double
-- the index. The function only calls built-ins, so it is safe in an index expression.
CREATE OR REPLACE FUNCTION guarddesk_bigrams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(run, i, 2)), '{}')
    FROM regexp_split_to_table(lower(t), '[\x01-\x7F]+') AS run, generate_series(1, length(run) - 1) AS i
$$;
CREATE INDEX IF NOT EXISTS ix_ticket_subject_bigram ON ticket USING gin (guarddesk_bigrams(subject));
CREATE INDEX IF NOT EXISTS ix_ticket_message_body_bigram ON ticket_message USING gin (guarddesk_bigrams(body));
