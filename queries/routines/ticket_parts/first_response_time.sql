-- First-response time in hours (median, p90) over tickets with a first response, less data errors.
-- Written once in routines/ticket_metric_parts.sql (its first_response_time_* columns); this picks them.
CREATE OR REPLACE MACRO parts_first_response_time(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       first_response_time_basis AS basis, first_response_time_num AS num, first_response_time_den AS den, first_response_time_excluded AS excluded, first_response_time_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE first_response_time_item
