-- Frequent callers in context (src/lib/server/insights/callers.ts): callers with at least
-- $threshold tickets in the period; how many of them repeat an unresolved issue (the same
-- category within the repeat window, as parts_same_issue_repeats decides, or a reopen, as
-- parts_reopen_rate does) and how many are new issues. Their categories are counted for the
-- hundred listed only (insights/frequent_caller_categories.sql): a map per caller of the
-- whole period cost more than the rest. Both parts are read from the one row of each ticket in
-- ticket_metric_parts (parts_same_issue_repeats' items, num; parts_reopen_rate's num and den):
-- a semi-join of the reopened ticket ids, with its second scan, was half of a year at 10M (1.6 s).
WITH t AS (
    SELECT caller_id, client, same_issue_repeats_num AS same_issue,
           coalesce(reopen_rate_item AND reopen_rate_num AND reopen_rate_den, false) AS reopened
    FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
    WHERE same_issue_repeats_item
)
SELECT caller_id, any_value(client) AS client, count(*)::INTEGER AS tickets,
       count(*) FILTER (WHERE same_issue OR reopened)::INTEGER AS repeats,
       count(*) FILTER (WHERE NOT (same_issue OR reopened))::INTEGER AS new_issues
FROM t
GROUP BY caller_id
HAVING count(*) >= $threshold
ORDER BY tickets DESC, repeats DESC, caller_id
LIMIT 100
