-- Rows the CSV reader could not take (wrong column count, a number that is not
-- one), one per line with DuckDB's own line number and message.
SELECT DISTINCT ON (line) CAST(line AS BIGINT) AS line, column_name, error_message AS reason, csv_line AS raw_line
FROM import_reader_rejects
ORDER BY line
