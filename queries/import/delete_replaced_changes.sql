-- Re-imported changes are replaced whole: the file's state is the newer one.
DELETE FROM changes
WHERE change_id IN (SELECT change_id FROM import_typed WHERE ok)
