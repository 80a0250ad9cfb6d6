-- Reassignment rate: resolved tickets reassigned / resolved tickets whose reassignment_count is known.
-- Written once in routines/ticket_metric_parts.sql (its reassignment_rate_* columns); this picks them.
CREATE OR REPLACE MACRO parts_reassignment_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       reassignment_rate_basis AS basis, reassignment_rate_num AS num, reassignment_rate_den AS den, reassignment_rate_excluded AS excluded, reassignment_rate_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE reassignment_rate_item
