-- Undo: previous-contact times of the touched callers, recomputed over what is stored now.
UPDATE tickets SET prev_caller_ticket_at = w.prev_any
FROM (
    SELECT ticket_id,
           lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS prev_any
    FROM tickets
    WHERE caller_id IN (SELECT caller_id FROM undo_callers)
) w
WHERE tickets.ticket_id = w.ticket_id
  AND tickets.prev_caller_ticket_at IS DISTINCT FROM w.prev_any
