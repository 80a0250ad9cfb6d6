-- Closes an import record with its outcome and counts.
UPDATE imports SET
    status = $status, rows_read = $rows_read, rows_loaded = $rows_loaded, rows_rejected = $rows_rejected,
    finished_at = current_timestamp, duration_ms = CAST($duration_ms AS BIGINT), message = $message
WHERE import_id = CAST($import_id AS INTEGER)
