-- Records an import as running before any data moves, so a crash leaves a trace;
-- the file's hash is filled in by finish.sql once computed.
INSERT INTO imports (import_id, kind, file_name, sha256, format, columns, status, started_at, mapping, user_name, file_bytes)
VALUES (nextval('import_id_seq'), $kind, $file_name, '', $format, from_json($columns, '["VARCHAR"]'), 'running', current_timestamp,
        CAST($mapping AS JSON), nullif($user_name, ''), CAST($file_bytes AS BIGINT))
RETURNING import_id
