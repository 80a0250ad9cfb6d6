-- Change-caused incidents: tickets with an explicit cause link (caused_by_change) / tickets.
CREATE OR REPLACE MACRO parts_change_caused(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       NULL AS basis,
       caused_by_change IS NOT NULL AS num,
       true AS den,
       NULL AS excluded,
       NULL::DOUBLE AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE true
