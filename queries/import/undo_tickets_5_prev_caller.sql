-- Undo: previous-contact times (any category, and the same category) and caller runs
-- (caller_runs/refresh_all.sql, threshold $threshold) of the touched callers, recomputed over what is stored now.
UPDATE tickets SET prev_caller_ticket_at = w.prev_any, prev_same_issue_at = w.prev_same,
                   caller_run_start_at = w.run_start, caller_run_before_at = w.run_before
FROM (
    SELECT ticket_id,
           lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS prev_any,
           CASE WHEN category IS NOT NULL
                THEN lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) END AS prev_same,
           lag(created_at, $threshold - 1) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS run_start,
           lag(created_at, $threshold) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS run_before
    FROM tickets
    WHERE caller_id IN (SELECT caller_id FROM undo_callers)
) w
WHERE tickets.ticket_id = w.ticket_id
  AND (tickets.prev_caller_ticket_at IS DISTINCT FROM w.prev_any OR tickets.prev_same_issue_at IS DISTINCT FROM w.prev_same
       OR tickets.caller_run_start_at IS DISTINCT FROM w.run_start OR tickets.caller_run_before_at IS DISTINCT FROM w.run_before)
