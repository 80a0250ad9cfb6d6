-- Each new ticket's caller's previous ticket, of any category and of its own category
-- (same-issue repeats), over this file's tickets and the stored
-- tickets of the same callers together (stored ones join the window only to be looked
-- back at). Runs after the replaced tickets are deleted, so none sees its old self.
-- Only row numbers and (id, caller, time) go through the window, not whole rows. With them,
-- each new ticket's caller run for the threshold $threshold (caller_runs/refresh_all.sql says what it is).
CREATE OR REPLACE TEMP TABLE import_previous AS
SELECT row_id,
       -- A ticket without a caller has no previous contact (NULL callers share no partition).
       CASE WHEN caller_id IS NOT NULL THEN lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) END AS prev,
       CASE WHEN caller_id IS NOT NULL AND category IS NOT NULL
            THEN lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) END AS prev_same,
       CASE WHEN caller_id IS NOT NULL THEN lag(created_at, $threshold - 1) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) END AS run_start,
       CASE WHEN caller_id IS NOT NULL THEN lag(created_at, $threshold) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) END AS run_before
FROM (
    -- The rows stored: accepted and not replaced by a later row of the same id.
    SELECT t.rowid AS row_id, t.ticket_id, t.caller_id, t.category, t.created_at
    FROM import_typed t
    ANTI JOIN import_superseded s ON t.rowid = s.row_id
    WHERE t.ok
    UNION ALL
    SELECT NULL, ticket_id, caller_id, category, created_at
    FROM tickets
    WHERE caller_id IN (SELECT caller_id FROM import_typed)
)
QUALIFY row_id IS NOT NULL
