-- Stores the typed changes that can be stored; the last row wins for a repeated id.
INSERT INTO changes (change_id, service, client, planned_start, planned_end, actual_start, actual_end, outcome, summary, extra, import_id)
SELECT change_id, service, client, planned_start, planned_end, actual_start, actual_end, outcome, summary, extra,
       CAST($import_id AS INTEGER)
FROM import_typed
WHERE ok
QUALIFY row_number() OVER (PARTITION BY change_id ORDER BY rowid DESC) = 1
