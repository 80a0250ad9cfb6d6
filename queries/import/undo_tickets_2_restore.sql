-- Undo: the versions the import replaced come back, unless a later import has
-- since replaced the ticket again (then that later version stays current).
INSERT INTO tickets BY NAME
SELECT * EXCLUDE (replaced_by) FROM ticket_versions v
WHERE v.replaced_by = CAST($import_id AS INTEGER)
  AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.ticket_id = v.ticket_id)
