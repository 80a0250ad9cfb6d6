-- Resolution time: resolved_at - created_at in hours (median, p90) over resolved tickets;
-- a resolution before creation is a data error and is excluded.
CREATE OR REPLACE MACRO parts_resolution_time(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       NULL AS basis,
       false AS num,
       resolution_hours >= 0 AS den,
       CASE WHEN resolution_hours < 0 THEN 'resolved before it was created' END AS excluded,
       resolution_hours AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE resolution_hours IS NOT NULL
