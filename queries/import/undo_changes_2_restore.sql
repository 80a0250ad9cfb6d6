-- Undo: the versions the import replaced come back, unless a later import has
-- since replaced the ticket again (then that later version stays current).
INSERT INTO changes BY NAME
SELECT * EXCLUDE (replaced_by) FROM change_versions v
WHERE v.replaced_by = CAST($import_id AS INTEGER)
  AND NOT EXISTS (SELECT 1 FROM changes t WHERE t.change_id = v.change_id)
