-- Writes the earlier tickets' moved previous contacts (import/prev_caller_moves.sql).
UPDATE tickets SET prev_caller_ticket_at = m.prev_any, prev_same_issue_at = m.prev_same
FROM import_prev_moves m
WHERE tickets.ticket_id = m.ticket_id
