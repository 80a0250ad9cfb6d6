-- Earlier tickets whose caller's previous ticket changed because this import added
-- one before them (an older export loaded after a newer one); only callers that
-- already had tickets are looked at, so a first import costs nothing here.
UPDATE tickets SET prev_caller_ticket_at = w.prev_any
FROM (
    SELECT ticket_id, import_id,
           lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS prev_any
    FROM tickets
    WHERE caller_id IN (
        SELECT caller_id FROM tickets
        WHERE import_id <> CAST($import_id AS INTEGER)
          AND caller_id IN (SELECT caller_id FROM import_typed))
) w
WHERE tickets.ticket_id = w.ticket_id
  AND w.import_id <> CAST($import_id AS INTEGER)
  AND tickets.prev_caller_ticket_at IS DISTINCT FROM w.prev_any
