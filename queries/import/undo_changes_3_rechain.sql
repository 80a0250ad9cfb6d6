-- Undo: where a later import replaced this import's version, the version from
-- before this import becomes what undoing that later import would restore.
UPDATE change_versions SET replaced_by = later.replaced_by
FROM (
    SELECT change_id, replaced_by FROM change_versions
    WHERE import_id = CAST($import_id AS INTEGER) AND replaced_by <> CAST($import_id AS INTEGER)
) later
WHERE change_versions.replaced_by = CAST($import_id AS INTEGER) AND change_versions.change_id = later.change_id
