-- Re-imported tickets are replaced whole: the file's state is the newer one.
DELETE FROM tickets
WHERE ticket_id IN (SELECT ticket_id FROM import_typed WHERE ok)
