-- One import's rejected rows, in file order, for the downloadable validation report.
SELECT line, column_name, reason, raw_line
FROM rejected_rows
WHERE import_id = CAST($import_id AS INTEGER)
ORDER BY line NULLS LAST, column_name
