-- Closes an import record with its outcome, counts, the file's hash and its notes.
UPDATE imports SET
    status = $status, sha256 = coalesce($sha256, sha256),
    rows_read = $rows_read, rows_loaded = $rows_loaded, rows_rejected = $rows_rejected,
    finished_at = current_timestamp, duration_ms = CAST($duration_ms AS BIGINT), message = $message,
    notes = from_json($notes, '["VARCHAR"]')
WHERE import_id = CAST($import_id AS INTEGER)
