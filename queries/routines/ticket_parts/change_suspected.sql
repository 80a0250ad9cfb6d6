-- Suspected change-caused: tickets with neither link that opened within the suspected
-- window after a change ended on their service or client / tickets.
-- Written once in routines/ticket_metric_parts.sql (its change_suspected_* columns); this picks them.
CREATE OR REPLACE MACRO parts_change_suspected(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       change_suspected_basis AS basis, change_suspected_num AS num, change_suspected_den AS den, change_suspected_excluded AS excluded, change_suspected_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE change_suspected_item
