-- Version 7: each ticket keeps its caller's previous ticket of the same category, as it
-- keeps the previous ticket of any category (prev_caller_ticket_at): derived on import,
-- overlap and undo, so same-issue repeats no longer sort every ticket on every request.
ALTER TABLE tickets ADD COLUMN prev_same_issue_at TIMESTAMPTZ;
ALTER TABLE ticket_versions ADD COLUMN prev_same_issue_at TIMESTAMPTZ;
UPDATE tickets SET prev_same_issue_at = w.prev_same
FROM (
    SELECT ticket_id,
           lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) AS prev_same
    FROM tickets
    WHERE caller_id IS NOT NULL AND category IS NOT NULL
) w
WHERE tickets.ticket_id = w.ticket_id AND w.prev_same IS NOT NULL;
