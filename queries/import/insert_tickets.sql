-- Stores one batch of the file's tickets ([$first_row, $end_row) of import_latest's
-- rows, import/stored_ticket_rows.sql) in the file's order: batches bound the join's
-- memory, so a 1 GB upload fits the server's cap.
INSERT INTO tickets BY NAME
SELECT *
FROM stored_ticket_rows($import_id, $source, $default_csat_scale, $first_row, $end_row)
