-- Tickets from repeat callers: tickets whose caller has at least the threshold of tickets
-- in the filtered period (repeat_caller_rule.sql) / tickets with a known caller. `value` =
-- the caller's tickets. A window, not a join with repeat_caller_tickets: it keeps a caller's
-- tickets together, which the lists and breakdowns over these parts group much faster.
CREATE OR REPLACE MACRO parts_repeat_callers(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject,
       fcr_group, NULL AS basis, is_repeat_caller(value) AS num, true AS den, NULL AS excluded, value
FROM (
    SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject,
           fcr_group, count(*) OVER (PARTITION BY caller_id)::DOUBLE AS value
    FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
    WHERE repeat_callers_item
)
