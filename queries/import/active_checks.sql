-- Plausibility checks of the imports whose tickets are on the dashboards now (succeeded,
-- not undone, still the current version of some ticket): the dashboards' notices.
SELECT i.import_id, i.file_name, CAST(i.checks AS VARCHAR) AS checks
FROM imports i
WHERE i.status = 'succeeded' AND i.undone_at IS NULL AND i.kind = 'tickets'
  AND i.checks IS NOT NULL AND json_array_length(i.checks) > 0
  AND i.import_id IN (SELECT DISTINCT import_id FROM tickets)
ORDER BY i.import_id DESC
LIMIT 20
