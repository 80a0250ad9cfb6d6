-- Earlier tickets whose caller's previous ticket (of any category, or of their own)
-- changed because this import added one before them (an older export loaded after a
-- newer one) or moved away from them (a re-import giving a ticket another caller or
-- category); only callers that already had tickets are looked at, so a first import
-- costs nothing here.
UPDATE tickets SET prev_caller_ticket_at = w.prev_any, prev_same_issue_at = w.prev_same
FROM (
    SELECT ticket_id, import_id,
           lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS prev_any,
           CASE WHEN category IS NOT NULL
                THEN lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) END AS prev_same
    FROM tickets
    WHERE caller_id IN (
        SELECT caller_id FROM tickets
        WHERE import_id <> CAST($import_id AS INTEGER)
          -- The file's callers, and those a replaced version had (a ticket moved to another caller).
          AND caller_id IN (SELECT caller_id FROM import_typed
                            UNION ALL SELECT caller_id FROM ticket_versions WHERE replaced_by = CAST($import_id AS INTEGER)))
) w
WHERE tickets.ticket_id = w.ticket_id
  AND w.import_id <> CAST($import_id AS INTEGER)
  AND (tickets.prev_caller_ticket_at IS DISTINCT FROM w.prev_any OR tickets.prev_same_issue_at IS DISTINCT FROM w.prev_same)
