-- Resolution time in hours (median, p90) over resolved tickets, less data errors.
-- Written once in routines/ticket_metric_parts.sql (its resolution_time_* columns); this picks them.
CREATE OR REPLACE MACRO parts_resolution_time(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       resolution_time_basis AS basis, resolution_time_num AS num, resolution_time_den AS den, resolution_time_excluded AS excluded, resolution_time_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE resolution_time_item
