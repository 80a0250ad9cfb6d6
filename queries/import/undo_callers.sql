-- Undo, step 1: the callers whose tickets an undo touches, to refresh their
-- previous-contact times afterwards.
CREATE OR REPLACE TEMP TABLE undo_callers AS
SELECT DISTINCT caller_id FROM tickets WHERE import_id = CAST($import_id AS INTEGER) AND caller_id IS NOT NULL
UNION
SELECT DISTINCT caller_id FROM ticket_versions WHERE replaced_by = CAST($import_id AS INTEGER) AND caller_id IS NOT NULL
