-- How many accepted rows the staged file has, and how many distinct ticket ids: an
-- export whose ids repeat is an event log (one row per update), whatever its columns.
SELECT count(*)::BIGINT AS rows, count(DISTINCT ticket_id)::BIGINT AS ids
FROM import_typed
WHERE ok
