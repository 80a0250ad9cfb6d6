-- Adds to the changed days (import/changed_days.sql) those of earlier tickets whose previous
-- contact or caller run moved (import/prev_caller_moves.sql) and, when the newest ticket moved,
-- of every open ticket (its SLA is measured against it: routines/outcome_sla.sql). A ticket's
-- other look-back, its prior change, moves only for the tickets stored or restored, whose days
-- are in already.
INSERT INTO changed_days
SELECT DISTINCT CAST(created_at AS DATE) AS day
FROM (
    SELECT created_at FROM import_prev_moves
    UNION ALL
    SELECT created_at FROM tickets
    WHERE resolved_at IS NULL AND closed_at IS NULL AND NOT coalesce(status_resolved, false)
      AND (SELECT max(created_at) FROM tickets) IS DISTINCT FROM (SELECT instant FROM import_data_end)
)
EXCEPT
SELECT day FROM changed_days
