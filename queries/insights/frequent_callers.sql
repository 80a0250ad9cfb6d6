-- Frequent callers in context (src/lib/server/insights/callers.ts): callers with at least
-- $threshold tickets in the period; how many of them repeat an unresolved issue (the same
-- category within the repeat window, as parts_same_issue_repeats decides, or a reopen, as
-- parts_reopen_rate does) and how many are new issues. Their categories are counted for the
-- hundred listed only (insights/frequent_caller_categories.sql): a map per caller of the
-- whole period cost more than the rest. A ticket is one item of each parts (ticket ids are
-- unique), so "reopened" is whether its id is among parts_reopen_rate's reopened items.
WITH reopened AS (
    SELECT item_id
    FROM parts_reopen_rate($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE num AND den
),
t AS (
    SELECT caller_id, client, num AS same_issue, item_id IN (SELECT item_id FROM reopened) AS reopened
    FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
)
SELECT caller_id, any_value(client) AS client, count(*)::INTEGER AS tickets,
       count(*) FILTER (WHERE same_issue OR reopened)::INTEGER AS repeats,
       count(*) FILTER (WHERE NOT (same_issue OR reopened))::INTEGER AS new_issues
FROM t
GROUP BY caller_id
HAVING count(*) >= $threshold
ORDER BY tickets DESC, repeats DESC, caller_id
LIMIT 100
