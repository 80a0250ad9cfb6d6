-- Every ticket's caller run for the threshold $threshold: when its caller's ticket ($threshold - 1)
-- before it opened, and the one $threshold before it (by created_at, then ticket_id, as the
-- previous contact). A ticket with no caller has none. Run when the threshold setting moved,
-- or once for tickets stored before version 10; only rows whose values moved are written.
UPDATE tickets SET caller_run_start_at = w.run_start, caller_run_before_at = w.run_before
FROM (
    SELECT ticket_id,
           CASE WHEN caller_id IS NOT NULL THEN lag(created_at, $threshold - 1) OVER w END AS run_start,
           CASE WHEN caller_id IS NOT NULL THEN lag(created_at, $threshold) OVER w END AS run_before
    FROM tickets
    WINDOW w AS (PARTITION BY caller_id ORDER BY created_at, ticket_id)
) w
WHERE tickets.ticket_id = w.ticket_id
  AND (tickets.caller_run_start_at IS DISTINCT FROM w.run_start OR tickets.caller_run_before_at IS DISTINCT FROM w.run_before)
