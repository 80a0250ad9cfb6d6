-- Keeps the stored changes this import is about to replace, so undoing it restores them.
INSERT INTO change_versions BY NAME
SELECT *, CAST($import_id AS INTEGER) AS replaced_by
FROM changes
WHERE change_id IN (SELECT change_id FROM import_typed WHERE ok)
