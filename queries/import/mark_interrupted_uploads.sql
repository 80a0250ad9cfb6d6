-- Uploads still arriving when a process starts were cut off by a crash or kill: say so
-- (before mark_interrupted.sql gives every other running import its message).
UPDATE imports
SET status = 'failed', rows_read = 0, rows_loaded = 0, rows_rejected = 0,
    message = 'interrupted: the server stopped while ' || file_name || ' was being uploaded; nothing of it was stored'
WHERE status = 'running' AND message = 'receiving the upload'
