-- Re-imported tickets are replaced whole: the file's state is the newer one.
DELETE FROM tickets
WHERE ticket_id IN (SELECT ticket_id FROM import_staged WHERE row_index NOT IN (SELECT row_index FROM import_reject_report WHERE row_index IS NOT NULL))
