-- Text search over the queue: H2 (the embedded default, for small desks) has no n-gram index;
-- the search scans subjects and messages. This version exists so that both databases count the
-- same schema versions.
SELECT 1;
