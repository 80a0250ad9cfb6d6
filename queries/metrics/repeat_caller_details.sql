-- The clients, categories (by count) and first and last ticket of the repeat callers listed
-- ($callers, from metrics/repeat_top_callers.sql), from the same parts as the repeat-caller
-- rate; the caller filter reaches the scan, so only those callers' tickets are read.
SELECT caller_id,
       list(DISTINCT client ORDER BY client) FILTER (WHERE client IS NOT NULL) AS clients,
       histogram(category)::MAP(VARCHAR, INTEGER) AS categories,
       iso_local(min(occurred_at)) AS first_at, iso_local(max(occurred_at)) AS last_at
FROM parts_repeat_callers($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE num AND list_contains($callers, caller_id)
GROUP BY caller_id
