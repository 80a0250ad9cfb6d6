-- The callers whose earlier tickets' previous contacts and caller runs this import may move
-- (import/prev_caller_moves.sql): the file's, and those a replaced version had (a ticket moved
-- to another caller). An undo makes the same table of its own callers (import/undo_callers.sql).
CREATE OR REPLACE TEMP TABLE touched_callers AS
SELECT caller_id FROM import_typed WHERE caller_id IS NOT NULL
UNION
SELECT caller_id FROM ticket_versions WHERE replaced_by = CAST($import_id AS INTEGER) AND caller_id IS NOT NULL
