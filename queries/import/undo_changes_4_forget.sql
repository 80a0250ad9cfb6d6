-- Undo: the import's own versions, and the ones it kept (now restored or re-chained), go.
DELETE FROM change_versions
WHERE import_id = CAST($import_id AS INTEGER) OR replaced_by = CAST($import_id AS INTEGER)
