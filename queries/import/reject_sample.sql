-- The first problems of the validation report, for the import's result (the whole
-- report is stored in rejected_rows and downloadable as CSV).
SELECT line, column_name, reason
FROM import_reject_report
ORDER BY line, column_name
LIMIT CAST($max_rows AS BIGINT)
