-- The days (in the reporting zone, as the summaries count them) whose metric parts this
-- tickets import may have moved, so the stored summaries rebuild only those
-- (summary/days/): the days of its tickets, of the versions they replaced, of earlier
-- tickets whose previous contact moved (import/prev_caller_moves.sql) and, when the newest
-- ticket moved, of every open ticket (its SLA is measured against it). A ticket's other
-- look-back, its prior change, is worked out for the import's own tickets only.
CREATE OR REPLACE TEMP TABLE changed_days AS
SELECT DISTINCT CAST(created_at AS DATE) AS day
FROM (
    SELECT created_at FROM tickets WHERE import_id = CAST($import_id AS INTEGER)
    UNION ALL
    SELECT created_at FROM ticket_versions WHERE replaced_by = CAST($import_id AS INTEGER)
    UNION ALL
    SELECT created_at FROM import_prev_moves
    UNION ALL
    SELECT created_at FROM tickets
    WHERE resolved_at IS NULL AND closed_at IS NULL AND NOT coalesce(status_resolved, false)
      AND (SELECT max(created_at) FROM tickets) IS DISTINCT FROM (SELECT instant FROM import_data_end)
)
