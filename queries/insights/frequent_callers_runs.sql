-- The rows of insights/frequent_callers.sql for the callers listed ($callers: those with at least
-- as many tickets as the hundredth, metrics/repeat_caller_leaders_runs.sql, from the caller runs
-- stored with each ticket), for no filter and every client visible (src/lib/server/insights/callers.ts
-- decides, and the runs are for the threshold set now). Their repeats are counted from the same parts
-- as there. A caller with tickets for several clients shows one of them, as there. The callers
-- are a semi-join (insights/frequent_caller_categories.sql says why).
-- Their categories are counted in the same pass, from the same rows (parts_same_issue_repeats' items)
-- as insights/frequent_caller_categories.sql counts them for frequent_callers.sql's hundred
-- (10M tickets, a year: two passes 373 + 181 ms).
WITH t AS (
    SELECT caller_id, client, category, same_issue_repeats_num AS same_issue,
           coalesce(reopen_rate_item AND reopen_rate_num AND reopen_rate_den, false) AS reopened
    FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
    WHERE same_issue_repeats_item AND caller_id IN (SELECT unnest($callers))
)
SELECT caller_id, any_value(client) AS client, count(*)::INTEGER AS tickets,
       count(*) FILTER (WHERE same_issue OR reopened)::INTEGER AS repeats,
       count(*) FILTER (WHERE NOT (same_issue OR reopened))::INTEGER AS new_issues,
       histogram(category) FILTER (WHERE category IS NOT NULL)::MAP(VARCHAR, INTEGER) AS categories
FROM t
GROUP BY caller_id
ORDER BY tickets DESC, repeats DESC, caller_id
LIMIT 100
