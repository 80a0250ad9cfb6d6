-- The categories of the frequent callers listed ($callers, from insights/frequent_callers.sql):
-- their tickets of the period per category, over the same parts; the caller filter reaches
-- the scan, so only their tickets are read.
SELECT caller_id, histogram(category) FILTER (WHERE category IS NOT NULL)::MAP(VARCHAR, INTEGER) AS categories
FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE list_contains($callers, caller_id)
GROUP BY caller_id
