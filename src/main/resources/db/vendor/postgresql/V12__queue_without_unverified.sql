-- The queue never shows tickets waiting for their requester's confirmation (R1), and those are the
-- newest tickets whenever people submit and do not confirm: after a burst of 30,000 unconfirmed
-- submissions, the first page in update order read 23,000 index entries and rows to skip them
-- (40 ms). This index holds the other tickets only, in the queue's order; QueueQuery writes the
-- predicate as a literal so that PostgreSQL can use the index with a generic plan too. Status and
-- security ride along, so the queue's remaining filters need not read the table.
CREATE INDEX ix_ticket_queue_updated ON ticket (updated_at, id) INCLUDE (status, security)
    WHERE status <> 'PENDING_VERIFICATION';
