-- The rows of insights/frequent_callers.sql from the caller runs stored with each ticket, for no
-- filter and every client visible (src/lib/server/insights/callers.ts decides; $threshold is the
-- one the runs were worked out for). The ticket counts come from the runs
-- (summary/setup/repeat_caller_ticket_counts.sql); the repeats are then counted, from the same
-- parts as there, for the callers that can be listed: at least as many tickets as the hundredth
-- (ties at that count are ordered by repeats). At 10M tickets: 90 days 290 -> 125 ms, a year
-- 935 -> 590 ms. A caller with tickets for several clients shows one of them, as there.
WITH counts AS MATERIALIZED (
    SELECT caller_id, tickets FROM repeat_caller_ticket_counts($from, $to, $threshold)
),
listed AS MATERIALIZED (
    SELECT caller_id, tickets
    FROM counts
    WHERE tickets >= (SELECT min(tickets) FROM (SELECT tickets FROM counts ORDER BY tickets DESC LIMIT 100))
),
t AS (
    SELECT caller_id, client, same_issue_repeats_num AS same_issue,
           coalesce(reopen_rate_item AND reopen_rate_num AND reopen_rate_den, false) AS reopened
    FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
    WHERE same_issue_repeats_item AND caller_id IN (SELECT caller_id FROM listed)
)
SELECT caller_id, any_value(client) AS client, count(*)::INTEGER AS tickets,
       count(*) FILTER (WHERE same_issue OR reopened)::INTEGER AS repeats,
       count(*) FILTER (WHERE NOT (same_issue OR reopened))::INTEGER AS new_issues
FROM t
GROUP BY caller_id
ORDER BY tickets DESC, repeats DESC, caller_id
LIMIT 100
