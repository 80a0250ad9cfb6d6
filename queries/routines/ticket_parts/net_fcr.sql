-- Net FCR: as FCR, less the categories the settings mark "not resolvable at first contact".
-- Written once in routines/ticket_metric_parts.sql (its net_fcr_* columns); this picks them.
CREATE OR REPLACE MACRO parts_net_fcr(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       net_fcr_basis AS basis, net_fcr_num AS num, net_fcr_den AS den, net_fcr_excluded AS excluded, net_fcr_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE net_fcr_item
