-- The accepted rows a later row of the same id replaces (not stored): the rows the
-- quality pass and the previous contacts leave out. A list export has none, so those
-- statements join against an empty table instead of a row id per ticket (a 1 GB upload's
-- 3.8M-entry join spilled within its 128MB and took 19 s of the quality pass).
CREATE OR REPLACE TEMP TABLE import_superseded AS
SELECT t.rowid AS row_id
FROM import_typed t
WHERE t.ok
  AND t.ticket_id IN (SELECT ticket_id FROM import_latest WHERE repeats > 1)
  AND t.rowid NOT IN (SELECT row_id FROM import_latest WHERE repeats > 1)
