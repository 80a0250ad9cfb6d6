-- CSAT response rate: resolved tickets with a survey response on a known scale /
-- resolved tickets.
CREATE OR REPLACE MACRO parts_csat_response_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       csat_scale AS basis,
       csat_normalised IS NOT NULL AS num,
       true AS den,
       NULL AS excluded,
       csat_normalised AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE is_resolved
