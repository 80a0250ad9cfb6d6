-- The records the validation report names, in file order: the importer finds the
-- line each starts on (quoted values can span lines, so records are not lines).
SELECT DISTINCT record FROM import_reject_report ORDER BY record
