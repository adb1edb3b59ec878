-- PostgreSQL vacuums the ticket table more often from here (its visibility map serves the queue's
-- index-only reads). H2 has no such setting. This version exists so that both databases count the
-- same schema versions.
SELECT 1;
