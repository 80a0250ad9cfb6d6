-- Re-imported changes are replaced whole: the file's state is the newer one. The
-- replaced versions are kept first (keep_replaced_changes.sql), so the import can be undone.
DELETE FROM changes
WHERE change_id IN (SELECT change_id FROM import_typed WHERE ok)
