-- Frequent callers in context (src/lib/server/insights/callers.ts): callers with at least
-- $threshold tickets in the period; how many of them repeat an unresolved issue (the same
-- category within the repeat window, as parts_same_issue_repeats decides, or a reopen, as
-- parts_reopen_rate does) and how many are new issues; their categories.
WITH s AS (
    SELECT item_id, caller_id, client, category, num AS same_issue
    FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
r AS (
    SELECT item_id, num AND den AS reopened
    FROM parts_reopen_rate($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
t AS (
    SELECT s.*, coalesce(r.reopened, false) AS reopened
    FROM s LEFT JOIN r ON r.item_id = s.item_id
)
SELECT caller_id, any_value(client) AS client, count(*)::INTEGER AS tickets,
       count(*) FILTER (WHERE same_issue OR reopened)::INTEGER AS repeats,
       count(*) FILTER (WHERE NOT (same_issue OR reopened))::INTEGER AS new_issues,
       histogram(category) FILTER (WHERE category IS NOT NULL)::MAP(VARCHAR, INTEGER) AS categories
FROM t
GROUP BY caller_id
HAVING count(*) >= $threshold
ORDER BY tickets DESC, repeats DESC, caller_id
LIMIT 100
