-- Each known caller's tickets in the filtered scope within each period (previous [p_from,
-- p_split), current [p_split, p_to): is_current) and whether that makes a repeat caller
-- (repeat_caller_rule.sql): one row per caller and period, so the headline counts repeat
-- callers of both periods in one grouping (a window over every ticket took three times as long).
CREATE OR REPLACE MACRO repeat_caller_tickets(p_from, p_split, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT caller_id, occurred_at >= CAST(p_split AS DATE) AS is_current, count(*)::INTEGER AS tickets,
       is_repeat_caller(count(*)) AS is_repeat
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE repeat_callers_item
GROUP BY caller_id, is_current
