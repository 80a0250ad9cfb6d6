-- SLA attainment: tickets that met SLA / tickets whose SLA outcome is known; `basis`
-- says which rule decided (flag, due date, priority target).
CREATE OR REPLACE MACRO parts_sla(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       CASE WHEN sla_outcome IS NOT NULL THEN sla_basis END AS basis,
       coalesce(sla_outcome, false) AS num,
       sla_outcome IS NOT NULL AS den,
       CASE WHEN sla_outcome IS NULL THEN
           CASE
               WHEN resolved_at IS NULL AND closed_at IS NULL THEN 'open, not yet past its due date or target'
               WHEN resolved_at IS NULL THEN 'closed without a resolution time'
               ELSE 'no SLA flag, no due date and no target for its priority'
           END
       END AS excluded,
       resolution_hours AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE true
