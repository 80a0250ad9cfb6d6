-- Puts the editor line of each record into the validation report. $lines: JSON
-- [[record, line], ...]; a record the scan did not reach keeps the reader's count.
UPDATE import_reject_report r
SET line = coalesce(m.line, r.record + 1)
FROM (SELECT record, line FROM (SELECT unnest(from_json($lines, '[["BIGINT"]]')) AS pair), LATERAL (SELECT pair[1] AS record, pair[2] AS line)) m
WHERE r.record = m.record
