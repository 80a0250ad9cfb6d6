-- Keeps the stored tickets this import is about to replace, so undoing it restores them.
INSERT INTO ticket_versions BY NAME
SELECT *, CAST($import_id AS INTEGER) AS replaced_by
FROM tickets
WHERE ticket_id IN (SELECT ticket_id FROM import_typed WHERE ok)
