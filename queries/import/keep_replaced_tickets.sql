-- Keeps the stored tickets one batch of this import is about to replace, so undoing
-- it restores them. Batches are [$first_row, $end_row) of import_latest's rows.
INSERT INTO ticket_versions BY NAME
SELECT *, CAST($import_id AS INTEGER) AS replaced_by
FROM tickets
WHERE ticket_id IN (SELECT ticket_id FROM import_latest WHERE row_id >= $first_row AND row_id < $end_row)
