-- Repeat callers (at least the threshold of tickets in the period): their ticket count,
-- clients and categories by count, from the same parts as the repeat-caller rate;
-- callers_total counts them all, whatever the limit.
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
SELECT caller_id, count(*)::INTEGER AS tickets, count(*) OVER ()::INTEGER AS callers_total,
       list(DISTINCT client ORDER BY client) FILTER (WHERE client IS NOT NULL) AS clients,
       histogram(category)::MAP(VARCHAR, INTEGER) AS categories,
       iso_local(min(occurred_at)) AS first_at, iso_local(max(occurred_at)) AS last_at
FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE num
GROUP BY caller_id
ORDER BY tickets DESC, caller_id
LIMIT CAST($limit AS INTEGER)
