-- Stores one batch of the file's tickets (as import/insert_tickets.sql) by month, then
-- client: a client's tickets of a month share a few row groups, whose zone maps let a client's
-- pack or filter skip the rest (at 10M a month is ~7 row groups). Only with memory to sort a
-- batch (importer.ts says how much): under an upload's 128MB the sort starved the dashboards.
INSERT INTO tickets BY NAME
SELECT *
FROM stored_ticket_rows($import_id, $source, $default_csat_scale, $first_row, $end_row)
ORDER BY date_trunc('month', created_at), client, created_at
