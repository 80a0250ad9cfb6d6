-- The categories of the frequent callers listed ($callers, from insights/frequent_callers.sql):
-- their tickets of the period per category, over the same parts. The callers are a semi-join
-- (a hash of the hundred ids) rather than list_contains, which compared every ticket's caller
-- with each of them (10M tickets, a year: 470 -> 162 ms). Where a window over the callers'
-- tickets follows (parts_repeat_callers), list_contains stays: DuckDB pushes it below the window.
SELECT caller_id, histogram(category) FILTER (WHERE category IS NOT NULL)::MAP(VARCHAR, INTEGER) AS categories
FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE caller_id IN (SELECT unnest($callers))
GROUP BY caller_id
