-- The row each ticket of the file is stored from (the last one wins for a repeated
-- id), so the ticket statements below can run in batches of these rows; `repeats` says
-- how many accepted rows carried the id (import/superseded_rows.sql reads it).
CREATE OR REPLACE TEMP TABLE import_latest AS
SELECT ticket_id, max(rowid) AS row_id, count(*) AS repeats
FROM import_typed
WHERE ok
GROUP BY ticket_id
