-- Earlier tickets whose caller's previous ticket (of any category, or of their own)
-- changed because this import added one before them (an older export loaded after a
-- newer one) or moved away from them (a re-import giving a ticket another caller or
-- category; an undo taking tickets away or bringing versions back), or whose caller run
-- moved (caller_runs/refresh_all.sql, threshold $threshold), with their new values:
-- import/refresh_prev_caller.sql writes them, and the summaries' changed days include theirs
-- (import/changed_days_moved.sql). Only callers that already had tickets are looked at, so
-- a first import costs nothing here.
CREATE OR REPLACE TEMP TABLE import_prev_moves AS
SELECT ticket_id, created_at, prev_any, prev_same, run_start, run_before
FROM (
    SELECT ticket_id, import_id, created_at, prev_caller_ticket_at, prev_same_issue_at, caller_run_start_at, caller_run_before_at,
           lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS prev_any,
           CASE WHEN category IS NOT NULL
                THEN lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) END AS prev_same,
           lag(created_at, $threshold - 1) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS run_start,
           lag(created_at, $threshold) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS run_before
    FROM tickets
    WHERE caller_id IN (
        -- Callers who have tickets besides this import's (import/touched_callers.sql).
        SELECT caller_id FROM tickets
        WHERE import_id <> CAST($import_id AS INTEGER) AND caller_id IN (SELECT caller_id FROM touched_callers))
)
WHERE import_id <> CAST($import_id AS INTEGER)
  AND (prev_caller_ticket_at IS DISTINCT FROM prev_any OR prev_same_issue_at IS DISTINCT FROM prev_same
       OR caller_run_start_at IS DISTINCT FROM run_start OR caller_run_before_at IS DISTINCT FROM run_before)
