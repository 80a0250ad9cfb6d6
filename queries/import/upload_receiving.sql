-- An upload whose body is still arriving: recorded first, so a server killed meanwhile
-- leaves a line in the history (mark_interrupted_uploads.sql names it on the next start).
INSERT INTO imports (import_id, kind, file_name, sha256, format, columns, status, started_at, message, user_name, file_bytes)
VALUES (nextval('import_id_seq'), $kind, $file_name, '', NULL, [], 'running', current_timestamp,
        'receiving the upload', nullif($user_name, ''), CAST($file_bytes AS BIGINT))
RETURNING import_id
