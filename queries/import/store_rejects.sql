-- Keeps the reasons rows were rejected, for the validation report.
INSERT INTO rejected_rows (import_id, line, column_name, reason, raw_line)
SELECT CAST($import_id AS INTEGER), line, column_name, reason, raw_line FROM import_reject_report
