-- Undo: the import stays in the history, marked undone.
UPDATE imports SET status = 'undone', undone_at = current_timestamp
WHERE import_id = CAST($import_id AS INTEGER)
