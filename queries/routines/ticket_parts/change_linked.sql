-- Linked to a change: tickets with only a plain related-change link / tickets.
-- Written once in routines/ticket_metric_parts.sql (its change_linked_* columns); this picks them.
CREATE OR REPLACE MACRO parts_change_linked(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       change_linked_basis AS basis, change_linked_num AS num, change_linked_den AS den, change_linked_excluded AS excluded, change_linked_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE change_linked_item
