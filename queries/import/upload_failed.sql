-- An upload whose body did not arrive whole (the sender went away or stalled, the body was
-- too large, or the server was killed meanwhile): nothing was stored, the history says why.
INSERT INTO imports (import_id, kind, file_name, sha256, format, columns, status, rows_read, rows_loaded, rows_rejected,
                     started_at, finished_at, duration_ms, message, user_name, file_bytes)
VALUES (nextval('import_id_seq'), $kind, $file_name, '', NULL, [], 'failed', 0, 0, 0,
        CAST($started_at AS TIMESTAMPTZ), current_timestamp,
        CAST(date_diff('millisecond', CAST($started_at AS TIMESTAMPTZ), current_timestamp) AS BIGINT),
        $message, nullif($user_name, ''), CAST($file_bytes AS BIGINT))
