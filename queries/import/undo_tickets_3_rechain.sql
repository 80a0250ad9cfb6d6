-- Undo: where a later import replaced this import's version, the version from
-- before this import becomes what undoing that later import would restore.
UPDATE ticket_versions SET replaced_by = later.replaced_by
FROM (
    SELECT ticket_id, replaced_by FROM ticket_versions
    WHERE import_id = CAST($import_id AS INTEGER) AND replaced_by <> CAST($import_id AS INTEGER)
) later
WHERE ticket_versions.replaced_by = CAST($import_id AS INTEGER) AND ticket_versions.ticket_id = later.ticket_id
