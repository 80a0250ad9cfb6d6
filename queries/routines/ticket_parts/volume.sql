-- Volume: tickets created in the period.
-- Written once in routines/ticket_metric_parts.sql (its volume_* columns); this picks them.
CREATE OR REPLACE MACRO parts_volume(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       volume_basis AS basis, volume_num AS num, volume_den AS den, volume_excluded AS excluded, volume_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE volume_item
