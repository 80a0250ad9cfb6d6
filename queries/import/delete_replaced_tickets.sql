-- Re-imported tickets are replaced whole: the file's state is the newer one. The
-- replaced versions are kept first (keep_replaced_tickets.sql), so the import can be undone.
DELETE FROM tickets
WHERE ticket_id IN (SELECT ticket_id FROM import_latest WHERE row_id >= $first_row AND row_id < $end_row)
