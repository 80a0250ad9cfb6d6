-- The import history, newest first: file, format, who/when, counts, duration, status, notes,
-- and what each file can tell (capabilities) and its plausibility checks (JSON).
SELECT import_id, kind, file_name, format, user_name, file_bytes, status,
       rows_read, rows_loaded, rows_rejected,
       strftime(started_at, '%Y-%m-%dT%H:%M:%SZ') AS started_at,
       duration_ms, message, coalesce(notes, []) AS notes,
       strftime(undone_at, '%Y-%m-%dT%H:%M:%SZ') AS undone_at,
       CAST(capabilities AS VARCHAR) AS capabilities, CAST(checks AS VARCHAR) AS checks
FROM imports
ORDER BY import_id DESC
LIMIT CAST($limit AS INTEGER)
