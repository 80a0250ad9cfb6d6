-- Records an import as running before any data moves, so a crash leaves a trace;
-- the file's hash is filled in by finish.sql once computed.
INSERT INTO imports (import_id, kind, file_name, sha256, format, columns, status, started_at)
VALUES (nextval('import_id_seq'), $kind, $file_name, '', $format, CAST($columns AS VARCHAR[]), 'running', current_timestamp)
RETURNING import_id
