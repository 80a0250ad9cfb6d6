-- The incidents one change caused (explicit caused_by_change link), tickets of any date
-- within the dimension filters, with the hours between the change's end and each opening,
-- for the Changes view's timelines and the Tickets view's `change` narrowing.
SELECT t.ticket_id, iso_local(t.created_at) AS created_at, t.client, t.service, t.priority, t.subject,
       epoch(t.created_at - c.actual_end) / 3600.0 AS hours_after_end
FROM scoped_tickets(DATE '0001-01-01', DATE '9999-12-31', $client, $team, $agent, $channel, $priority, $category, $allowed_clients) t
LEFT JOIN (
    SELECT change_id, max(actual_end) AS actual_end FROM changes GROUP BY change_id
) c ON c.change_id = t.caused_by_change
WHERE t.caused_by_change = $change_id
ORDER BY t.created_at, t.ticket_id
LIMIT 1000
