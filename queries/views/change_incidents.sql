-- The incidents each change of $change_ids caused (explicit caused_by_change link), tickets of
-- any date within the dimension filters, with the hours between the change's end and each
-- opening, the first 1,000 of each by time, for the Changes view's timelines. One statement for
-- the changes listed: one per change read the link column of every ticket each time (10M
-- tickets: 6 x ~11 ms).
SELECT t.caused_by_change AS change_id, t.ticket_id, iso_local(t.created_at) AS created_at, t.client, t.service, t.priority, t.subject,
       epoch(t.created_at - c.actual_end) / 3600.0 AS hours_after_end
FROM scoped_tickets(DATE '0001-01-01', DATE '9999-12-31', $client, $team, $agent, $channel, $priority, $category, $allowed_clients) t
LEFT JOIN (
    SELECT change_id, max(actual_end) AS actual_end FROM changes GROUP BY change_id
) c ON c.change_id = t.caused_by_change
WHERE t.caused_by_change IN (SELECT unnest($change_ids))
QUALIFY row_number() OVER (PARTITION BY t.caused_by_change ORDER BY t.created_at, t.ticket_id) <= 1000
ORDER BY t.caused_by_change, t.created_at, t.ticket_id
