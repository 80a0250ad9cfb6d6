-- Undo, step 1: the callers whose tickets an undo touches (its own, and those of the versions
-- it brings back), whose previous contacts and caller runs import/prev_caller_moves.sql then
-- works out again over what is stored.
CREATE OR REPLACE TEMP TABLE touched_callers AS
SELECT DISTINCT caller_id FROM tickets WHERE import_id = CAST($import_id AS INTEGER) AND caller_id IS NOT NULL
UNION
SELECT DISTINCT caller_id FROM ticket_versions WHERE replaced_by = CAST($import_id AS INTEGER) AND caller_id IS NOT NULL
