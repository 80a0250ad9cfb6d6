-- Change-caused incidents: tickets with an explicit cause link / tickets.
-- Written once in routines/ticket_metric_parts.sql (its change_caused_* columns); this picks them.
CREATE OR REPLACE MACRO parts_change_caused(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       change_caused_basis AS basis, change_caused_num AS num, change_caused_den AS den, change_caused_excluded AS excluded, change_caused_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE change_caused_item
