-- Records a file refused before any of it was read (empty, binary, a header no
-- mapping fits): nothing is stored, but the history says what was tried and why.
INSERT INTO imports (import_id, kind, file_name, sha256, format, columns, status, rows_read, rows_loaded, rows_rejected,
                     started_at, finished_at, duration_ms, message, user_name, file_bytes)
VALUES (nextval('import_id_seq'), $kind, $file_name, '', $format, [], 'refused', 0, 0, 0,
        current_timestamp - to_milliseconds(CAST($duration_ms AS BIGINT)), current_timestamp, CAST($duration_ms AS BIGINT),
        $message, nullif($user_name, ''), CAST($file_bytes AS BIGINT))
