-- CSAT response rate: resolved tickets with a survey response on a known scale / resolved tickets.
-- Written once in routines/ticket_metric_parts.sql (its csat_response_rate_* columns); this picks them.
CREATE OR REPLACE MACRO parts_csat_response_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       csat_response_rate_basis AS basis, csat_response_rate_num AS num, csat_response_rate_den AS den, csat_response_rate_excluded AS excluded, csat_response_rate_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE csat_response_rate_item
