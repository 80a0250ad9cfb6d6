-- Writes the earlier tickets' moved previous contacts and caller runs (import/prev_caller_moves.sql).
UPDATE tickets SET prev_caller_ticket_at = m.prev_any, prev_same_issue_at = m.prev_same,
                   caller_run_start_at = m.run_start, caller_run_before_at = m.run_before
FROM import_prev_moves m
WHERE tickets.ticket_id = m.ticket_id
