-- The load benchmark's data set (issue #7): customer accounts, benchmark agents, tickets with their
-- threads, private-link keys and security tag history, written set-based into the schema that
-- Guarddesk's own Flyway migrations created. Data only: no table, column or index of the
-- application is changed for good (indexes that back no constraint are dropped for the load and
-- created again from their own definitions, so an index a later migration adds is rebuilt too).
--
-- psql variables: tickets, accounts, agents, marker (stored as the database's comment).
-- Needs the demo staff (GUARDDESK_DEMO_DATA=true on the first start): the benchmark agents get the
-- password of `agent`, so the benchmark can sign them in.
--
-- Everything runs in one transaction that starts by truncating the tables it fills: with
-- wal_level = minimal the server then writes those tables without WAL, and a failure leaves the
-- database as it was.

\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;
SET maintenance_work_mem = '512MB';
SET work_mem = '64MB';
SET synchronous_commit = off;

\ir names.sql
\ir words.sql

BEGIN;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM staff_user WHERE username = 'agent') THEN
        RAISE EXCEPTION 'no staff user "agent": start Guarddesk once with GUARDDESK_DEMO_DATA=true on the empty database first';
    END IF;
END $$;

\echo '  truncating the ticket and account tables'
TRUNCATE ticket, ticket_message, ticket_access_key, ticket_tag_change, confirmation, customer_account CASCADE;

-- Secondary indexes are built once after the load instead of row by row during it.
CREATE TEMP TABLE saved_index AS
SELECT i.indexname, i.indexdef
FROM pg_indexes i
WHERE i.schemaname = current_schema()
  AND i.tablename IN ('ticket', 'ticket_message', 'ticket_access_key', 'ticket_tag_change', 'customer_account')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass);

DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexname FROM saved_index LOOP
        EXECUTE format('DROP INDEX %I', r.indexname);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------------------------
\echo '  customer accounts'
-- Every tenth account belongs to the owner of the account before it (one address, two accounts).
-- 70 % Japanese holders (kanji name, kana), 30 % Latin. Derived from hashes of the owner's number,
-- so the same scale always gives the same directory.
INSERT INTO customer_account (id, account_number, login_id, owner_email, holder_name, holder_name_kana, phone, status,
                              owner_email_key, updated_at)
SELECT a.i,
       'C-' || (1000000 + a.i),
       CASE WHEN a.ja THEN (pg_temp.ja_given_roman())[a.g] || '.' || (pg_temp.ja_surname_roman())[a.s] || a.i
            ELSE lower((pg_temp.latin_first())[a.f]) || '_' || lower((pg_temp.latin_last())[a.s]) || a.i END,
       a.email,
       CASE WHEN a.ja THEN (pg_temp.ja_surname())[a.s] || CASE WHEN a.p % 2 = 0 THEN ' ' ELSE '　' END || (pg_temp.ja_given())[a.g]
            ELSE (pg_temp.latin_first())[a.f] || ' ' || (pg_temp.latin_last())[a.s] END,
       CASE WHEN a.ja THEN (pg_temp.ja_surname_kana())[a.s] || ' ' || (pg_temp.ja_given_kana())[a.g] END,
       CASE abs(hashint8extended(a.i, 7)) % 5
            WHEN 0 THEN '03-' || lpad((abs(hashint8extended(a.i, 8)) % 10000)::text, 4, '0') || '-' || lpad((abs(hashint8extended(a.i, 9)) % 10000)::text, 4, '0')
            WHEN 1 THEN '+81 90 ' || lpad((abs(hashint8extended(a.i, 8)) % 10000)::text, 4, '0') || ' ' || lpad((abs(hashint8extended(a.i, 9)) % 10000)::text, 4, '0')
            WHEN 2 THEN '080' || lpad((abs(hashint8extended(a.i, 8)) % 10000)::text, 4, '0') || lpad((abs(hashint8extended(a.i, 9)) % 10000)::text, 4, '0')
            ELSE '090-' || lpad((abs(hashint8extended(a.i, 8)) % 10000)::text, 4, '0') || '-' || lpad((abs(hashint8extended(a.i, 9)) % 10000)::text, 4, '0') END,
       CASE WHEN abs(hashint8extended(a.i, 10)) % 100 < 90 THEN 'ACTIVE'
            WHEN abs(hashint8extended(a.i, 10)) % 100 < 94 THEN 'SUSPENDED' ELSE 'CLOSED' END,
       a.email,
       now() - (abs(hashint8extended(a.i, 11)) % 730) * interval '1 day'
FROM (
    SELECT o.*,
           CASE o.form
                WHEN 0 THEN (CASE WHEN o.ja THEN (pg_temp.ja_given_roman())[o.g] || '.' || (pg_temp.ja_surname_roman())[o.s]
                                  ELSE lower((pg_temp.latin_first())[o.f]) || '.' || lower((pg_temp.latin_last())[o.s]) END) || '.' || o.p
                WHEN 1 THEN (CASE WHEN o.ja THEN (pg_temp.ja_surname_roman())[o.s] || '_' || left((pg_temp.ja_given_roman())[o.g], 1)
                                  ELSE lower((pg_temp.latin_last())[o.s]) || '_' || lower(left((pg_temp.latin_first())[o.f], 1)) END) || o.p
                ELSE (CASE WHEN o.ja THEN left((pg_temp.ja_given_roman())[o.g], 1) || (pg_temp.ja_surname_roman())[o.s]
                           ELSE lower(left((pg_temp.latin_first())[o.f], 1)) || lower((pg_temp.latin_last())[o.s]) END) || o.p
           END || '@' || (ARRAY['example.com', 'example.co.jp', 'mail.example.net', 'example.jp', 'docomo.example.ne.jp', 'example.org'])[1 + o.d]
           AS email
    FROM (
        SELECT x.i, x.p,
               abs(hashint8extended(x.p, 1)) % 10 < 7 AS ja,
               1 + (abs(hashint8extended(x.p, 2)) % 60)::int AS s,
               1 + (abs(hashint8extended(x.p, 3)) % 40)::int AS g,
               1 + (abs(hashint8extended(x.p, 4)) % 54)::int AS f,
               (abs(hashint8extended(x.p, 5)) % 6)::int AS d,
               (abs(hashint8extended(x.p, 6)) % 3)::int AS form
        FROM (SELECT i, CASE WHEN i % 10 = 0 THEN i - 1 ELSE i END AS p FROM generate_series(1, :accounts) i) x
    ) o
) a;

-- ---------------------------------------------------------------------------------------------
\echo '  benchmark agents'
-- bench-agent-01 … with the password of the demo `agent` (demo-agent), ids far above the demo's.
INSERT INTO staff_user (id, username, display_name, email, password_hash, active, failed_sign_ins, locked_until, created_at,
                        version, privacy_officer)
SELECT 100000 + n,
       'bench-agent-' || lpad(n::text, 2, '0'),
       CASE WHEN n % 3 = 0 THEN (pg_temp.latin_first())[1 + n % 54] || ' ' || (pg_temp.latin_last())[1 + (n * 7) % 60]
            ELSE (pg_temp.ja_surname())[1 + (n * 7) % 60] || ' ' || (pg_temp.ja_given())[1 + n % 40] END,
       'bench-agent-' || lpad(n::text, 2, '0') || '@guarddesk.example',
       a.password_hash, TRUE, 0, NULL, now() - interval '800 days', 0, FALSE
FROM generate_series(1, :agents) n, (SELECT password_hash FROM staff_user WHERE username = 'agent') a
ON CONFLICT (username) DO NOTHING;
INSERT INTO staff_role (staff_id, role)
SELECT s.id, 'AGENT' FROM staff_user s WHERE s.username LIKE 'bench-agent-%'
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------------------------
\echo '  ticket plan'
-- One row per ticket with every decision made once: age, status, category, security, requester,
-- channel, assignee, number of messages. Random draws happen in the innermost SELECT list (a
-- subquery with volatile outputs is evaluated once per row and not flattened).
CREATE TEMP TABLE plan AS
WITH staff AS (
    SELECT (SELECT array_agg(s.id ORDER BY s.id) FROM staff_user s JOIN staff_role r ON r.staff_id = s.id
            WHERE r.role = 'AGENT' AND s.active) AS agents,
           (SELECT array_agg(s.id ORDER BY s.id) FROM staff_user s JOIN staff_role r ON r.staff_id = s.id
            WHERE r.role = 'SUPERVISOR' AND s.active) AS supervisors
),
drawn AS (
    SELECT i, random() AS r_age, random() AS r_sec, random() AS r_known, random() AS r_acct, random() AS r_ver,
           random() AS r_cat, random() AS r_chan, random() AS r_status, random() AS r_staff, random() AS r_msgs,
           random() AS r_span, random() AS r_lang, random() AS r_n1, random() AS r_n2
    FROM generate_series(1, :tickets) i
),
decided AS (
    SELECT d.*,
           now() - d.r_age * interval '730 days' AS created_at,
           d.r_age * 730 AS age_days,
           d.r_sec < 0.05 AS security,
           d.r_sec / 0.05 AS sec_u,
           d.r_known < 0.85 AS known
    FROM drawn d
),
classified AS (
    SELECT c.*,
           CASE WHEN NOT c.security THEN (CASE WHEN c.r_cat < 0.40 THEN 'GENERAL' WHEN c.r_cat < 0.65 THEN 'BILLING' ELSE 'ACCOUNT_ACCESS' END)
                WHEN c.sec_u < 0.40 THEN 'PRIVACY_SECURITY'
                WHEN c.sec_u < 0.60 THEN 'RECEIVED_OTHERS_INFORMATION'
                WHEN c.sec_u < 0.70 THEN 'MISDIRECTED'
                WHEN c.sec_u < 0.90 THEN (CASE WHEN c.r_cat < 0.5 THEN 'GENERAL' ELSE 'ACCOUNT_ACCESS' END)
                ELSE 'ACCOUNT_ACCESS' END AS category,
           CASE WHEN NOT c.security THEN NULL
                WHEN c.sec_u < 0.60 THEN 'FORM_CATEGORY'
                WHEN c.sec_u < 0.70 THEN 'NOT_ME'
                WHEN c.sec_u < 0.90 THEN 'CLASSIFIER'
                ELSE 'ESCALATION' END AS security_source,
           CASE WHEN c.age_days < 3 THEN (CASE WHEN c.r_status < 0.35 THEN 'NEW' WHEN c.r_status < 0.70 THEN 'OPEN'
                                             WHEN c.r_status < 0.90 THEN 'PENDING_CUSTOMER' ELSE 'SOLVED' END)
                WHEN c.age_days < 30 THEN (CASE WHEN c.r_status < 0.05 THEN 'NEW' WHEN c.r_status < 0.30 THEN 'OPEN'
                                              WHEN c.r_status < 0.55 THEN 'PENDING_CUSTOMER' WHEN c.r_status < 0.90 THEN 'SOLVED'
                                              ELSE 'CLOSED' END)
                ELSE (CASE WHEN c.r_status < 0.01 THEN 'OPEN' WHEN c.r_status < 0.03 THEN 'PENDING_CUSTOMER'
                           WHEN c.r_status < 0.10 THEN 'SOLVED' ELSE 'CLOSED' END) END AS raw_status,
           CASE WHEN c.r_chan < 0.05 AND c.known THEN 'PHONE' WHEN c.r_chan < 0.20 THEN 'PORTAL'
                WHEN c.r_chan < 0.25 THEN 'API' ELSE 'WEB_FORM' END AS channel
    FROM decided c
)
SELECT k.i AS id,
       k.created_at,
       -- a supervisor's acknowledgement moves a new security ticket to OPEN
       CASE WHEN k.security AND k.raw_status = 'NEW' THEN 'OPEN' ELSE k.raw_status END AS status,
       k.category, k.security, k.security_source, k.channel,
       CASE WHEN k.known THEN 1 + floor(k.r_acct * :accounts)::bigint END AS account,
       -- portal tickets are verified at once; others when the link was followed (92 %)
       k.channel = 'PORTAL' OR k.r_ver < 0.92 AS verified,
       k.r_ver, k.r_lang, k.r_n1, k.r_n2,
       CASE WHEN k.raw_status = 'NEW' AND NOT k.security THEN 1 ELSE 2 + floor(k.r_msgs * 7)::int END AS messages,
       CASE WHEN k.security THEN s.supervisors[1 + floor(k.r_staff * cardinality(s.supervisors))::int]
            WHEN k.raw_status = 'NEW' THEN NULL
            ELSE s.agents[1 + floor(k.r_staff * cardinality(s.agents))::int] END AS assignee,
       CASE WHEN k.security THEN s.supervisors[1 + floor(k.r_staff * cardinality(s.supervisors))::int]
            ELSE s.agents[1 + floor(k.r_staff * cardinality(s.agents))::int] END AS replier,
       k.r_span
FROM classified k, staff s;

CREATE TEMP TABLE gen AS
SELECT p.id, p.created_at,
       p.created_at + CASE WHEN p.messages = 1 THEN interval '0'
                           ELSE least(now() - p.created_at, (0.2 + p.r_span * p.messages * 2) * interval '1 day') END AS updated_at,
       p.status, p.category, p.security, p.security_source, p.channel, p.messages, p.assignee, p.replier,
       rs.display_name AS replier_name,
       p.verified, p.r_ver,
       CASE WHEN p.channel = 'PHONE' THEN a.id END AS account_id,
       coalesce(a.holder_name,
                CASE WHEN p.r_lang < 0.6 THEN (pg_temp.ja_surname())[1 + floor(p.r_n1 * 60)::int] || ' ' || (pg_temp.ja_given())[1 + floor(p.r_n2 * 40)::int]
                     ELSE (pg_temp.latin_first())[1 + floor(p.r_n1 * 54)::int] || ' ' || (pg_temp.latin_last())[1 + floor(p.r_n2 * 60)::int] END)
           AS requester_name,
       -- a requester without an account writes from an address the directory does not know
       coalesce(a.owner_email, 'guest' || p.id || '@' || (ARRAY['example.net', 'example.ne.jp', 'example.com'])[1 + p.id % 3]) AS requester_email,
       CASE WHEN a.id IS NOT NULL THEN (CASE WHEN a.holder_name_kana IS NOT NULL THEN 'ja' ELSE 'en' END)
            WHEN p.r_lang < 0.6 THEN 'ja' ELSE 'en' END AS lang
FROM plan p
LEFT JOIN customer_account a ON a.id = p.account
LEFT JOIN staff_user rs ON rs.id = p.replier;

-- ---------------------------------------------------------------------------------------------
\echo '  tickets'
CREATE FUNCTION pg_temp.sym(b bytea, n int) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + get_byte(b, n) % 32, 1) $$;
-- The reference: GD- and three groups of five Crockford base32 symbols from 15 bytes of a hash of
-- the id (the app draws 75 random bits; a collision of these is as unlikely as of the app's).
INSERT INTO ticket (id, reference, requester_name, requester_email, requester_language, category, channel, security,
                    subject, status, assignee_id, created_at, updated_at, version, requester_verified_at,
                    related_ticket_id, account_id, security_source, security_since, ack_due_at, acknowledged_at,
                    acknowledged_by_id, escalation_level)
SELECT g.id,
       'GD-' || pg_temp.sym(g.b, 0) || pg_temp.sym(g.b, 1) || pg_temp.sym(g.b, 2) || pg_temp.sym(g.b, 3) || pg_temp.sym(g.b, 4)
       || '-' || pg_temp.sym(g.b, 5) || pg_temp.sym(g.b, 6) || pg_temp.sym(g.b, 7) || pg_temp.sym(g.b, 8) || pg_temp.sym(g.b, 9)
       || '-' || pg_temp.sym(g.b, 10) || pg_temp.sym(g.b, 11) || pg_temp.sym(g.b, 12) || pg_temp.sym(g.b, 13) || pg_temp.sym(g.b, 14),
       g.requester_name, g.requester_email, g.lang, g.category, g.channel, g.security,
       pg_temp.subject(g.lang),
       g.status, g.assignee, g.created_at, g.updated_at,
       g.messages + CASE WHEN g.assignee IS NULL THEN 0 ELSE 1 END,
       CASE WHEN g.verified THEN least(g.updated_at, g.created_at + (1 + g.r_ver * 30) * interval '1 minute') END,
       NULL, g.account_id,
       g.security_source,
       CASE WHEN g.security THEN g.created_at END,
       CASE WHEN g.security THEN g.created_at + interval '1 hour' END,
       -- every generated security ticket was acknowledged: none is due for escalation at startup
       CASE WHEN g.security THEN least(now(), g.created_at + (5 + g.r_ver * 50) * interval '1 minute') END,
       CASE WHEN g.security THEN g.assignee END,
       0
-- OFFSET 0 keeps the hash computed once per row instead of once per symbol
FROM (SELECT gen.*, decode(md5('load-bench ' || gen.id), 'hex') AS b FROM gen OFFSET 0) g;

\echo '  private-link keys and security tag history'
INSERT INTO ticket_access_key (key_hash, ticket_id, created_at)
SELECT encode(sha256(convert_to('load-bench key ' || g.id, 'UTF8')), 'hex'), g.id, g.created_at FROM gen g;

INSERT INTO ticket_tag_change (id, ticket_id, security, source, staff_id, note, created_at)
SELECT row_number() OVER (ORDER BY g.id), g.id, TRUE, g.security_source,
       CASE WHEN g.security_source = 'ESCALATION' THEN g.replier END,
       CASE WHEN g.security_source = 'ESCALATION' THEN 'The customer mentions a sign-in from a device they do not know.' END,
       g.created_at
FROM gen g WHERE g.security;

-- ---------------------------------------------------------------------------------------------
\echo '  messages'
-- The customer opens the thread; staff and customer then take turns, spread from created_at to
-- updated_at. Ids leave room for 10 messages a ticket (at most 8 are generated).
INSERT INTO ticket_message (id, ticket_id, author_kind, author_name, staff_id, body, created_at)
SELECT (g.id - 1) * 10 + k,
       g.id,
       CASE WHEN k % 2 = 1 THEN 'CUSTOMER' ELSE 'STAFF' END,
       CASE WHEN k % 2 = 1 THEN g.requester_name ELSE g.replier_name END,
       CASE WHEN k % 2 = 1 THEN NULL ELSE g.replier END,
       CASE WHEN k = 1 THEN pg_temp.first_message(g.lang, g.requester_name)
            WHEN k % 2 = 0 THEN pg_temp.staff_reply(g.lang, g.requester_name, g.replier_name)
            ELSE pg_temp.followup(g.lang, g.requester_name) END,
       g.created_at + (g.updated_at - g.created_at) * ((k - 1)::float8 / greatest(g.messages - 1, 1))
FROM gen g, generate_series(1, g.messages) k;

-- ---------------------------------------------------------------------------------------------
\echo '  indexes'
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexdef FROM saved_index LOOP
        EXECUTE r.indexdef;
    END LOOP;
END $$;

-- EclipseLink takes a block of 50 ids per nextval and reads the value as the block's end: with the
-- sequence at or above the highest id, the application's next ids are all free.
DO $$
BEGIN
    PERFORM setval('ticket_seq', greatest(50, ceil((SELECT coalesce(max(id), 0) FROM ticket) / 50.0) * 50)::bigint);
    PERFORM setval('ticket_message_seq', greatest(50, ceil((SELECT coalesce(max(id), 0) FROM ticket_message) / 50.0) * 50)::bigint);
    PERFORM setval('ticket_tag_change_seq', greatest(50, ceil((SELECT coalesce(max(id), 0) FROM ticket_tag_change) / 50.0) * 50)::bigint);
    PERFORM setval('customer_account_seq', greatest(50, ceil((SELECT coalesce(max(id), 0) FROM customer_account) / 50.0) * 50)::bigint);
    PERFORM setval('staff_user_seq', greatest((SELECT last_value FROM staff_user_seq),
                                              ceil((SELECT coalesce(max(id), 0) FROM staff_user) / 50.0)::bigint * 50));
END $$;

COMMENT ON DATABASE :"DBNAME" IS :'marker';

COMMIT;

\echo '  analyze'
ANALYZE;
