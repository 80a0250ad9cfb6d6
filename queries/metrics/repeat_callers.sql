-- Repeat callers: callers with at least $threshold tickets in the period.
SELECT count(*)::INTEGER AS count
FROM (
    SELECT caller_id
    FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE caller_id IS NOT NULL
    GROUP BY caller_id
    HAVING count(*) >= CAST($threshold AS INTEGER)
)
