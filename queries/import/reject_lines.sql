-- Puts the editor line of each record into the validation report. $lines: JSON
-- [[record, line], ...] from the importer's scan of the file.
UPDATE import_reject_report r
SET line = m.line
FROM (SELECT record, line FROM (SELECT unnest(from_json($lines, '[["BIGINT"]]')) AS pair), LATERAL (SELECT pair[1] AS record, pair[2] AS line)) m
WHERE r.record = m.record
