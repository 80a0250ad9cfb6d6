-- The body did not arrive whole (the sender went away, stalled, or sent too much): nothing was stored.
UPDATE imports
SET status = 'failed', rows_read = 0, rows_loaded = 0, rows_rejected = 0, finished_at = current_timestamp,
    duration_ms = CAST(date_diff('millisecond', started_at, current_timestamp) AS BIGINT), message = $message
WHERE import_id = $import_id AND status = 'running'
