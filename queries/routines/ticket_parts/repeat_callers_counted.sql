-- The number of repeat callers in each period (previous [p_from, p_split), current [p_split, p_to):
-- is_current), counted per caller in the filtered scope (repeat_caller_tickets.sql). The headline
-- reads this or, with no filter, summary/setup/repeat_callers_stored.sql (src/lib/server/caller-runs.ts chooses).
CREATE OR REPLACE MACRO repeat_callers_counted(p_from, p_split, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT is_current, count(*) FILTER (WHERE is_repeat)::INTEGER AS repeat_callers
FROM repeat_caller_tickets(p_from, p_split, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
GROUP BY ALL
