-- SLA attainment: tickets that met SLA / tickets whose SLA outcome is known; `basis` = the rule.
-- Written once in routines/ticket_metric_parts.sql (its sla_* columns); this picks them.
CREATE OR REPLACE MACRO parts_sla(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       sla_basis AS basis, sla_num AS num, sla_den AS den, sla_excluded AS excluded, sla_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE sla_item
