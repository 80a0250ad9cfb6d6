-- Suspected change-caused: tickets with neither link that opened within the suspected
-- window after a change ended on their service or client (suspected_by_change) / tickets.
-- Apart from ticket_metric_parts because it reads the changes (a join DuckDB keeps even
-- where no one reads its column).
CREATE OR REPLACE MACRO parts_change_suspected(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT p.item_id, p.occurred_at, p.caller_id, p.client, p.team, p.agent, p.channel, p.priority, p.category, p.service,
       p.status, p.subject, p.fcr_group,
       NULL AS basis,
       s.ticket_id IS NOT NULL AS num,
       true AS den,
       NULL AS excluded,
       NULL::DOUBLE AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL) p
LEFT JOIN suspected_by_change(p_from, p_to,
    (SELECT coalesce(TRY_CAST(setting_value('suspected_change_hours') ->> '$' AS DOUBLE), 24))) s
    ON s.ticket_id = p.item_id
