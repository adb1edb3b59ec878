-- The queue's counts and deep pages read ticket ids from indexes alone only where the table's
-- visibility map says a page holds no recent change; every reply or status change clears that for
-- its page, and by default autovacuum sets it again only after a fifth of the table has changed
-- (200,000 tickets at a million). Page 1,000 of a filter then read 18,000 of its 25,000 rows from
-- the table (55 ms instead of 4 ms). Vacuum the ticket table after 2 % instead.
ALTER TABLE ticket SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
