-- Suspected change-caused: tickets with neither link that opened within the suspected
-- window after a change ended on their service or client (suspected_by_change) / tickets.
CREATE OR REPLACE MACRO parts_change_suspected(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT t.ticket_id AS item_id, t.created_at AS occurred_at, t.caller_id, t.client, t.team, t.agent, t.channel, t.priority,
       t.category, t.service, t.status, t.subject, fcr_group(t.is_resolved, t.fcr_outcome) AS fcr_group,
       NULL AS basis,
       s.ticket_id IS NOT NULL AS num,
       true AS den,
       NULL AS excluded,
       NULL::DOUBLE AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) t
LEFT JOIN suspected_by_change(p_from, p_to,
    (SELECT coalesce(TRY_CAST(setting_value('suspected_change_hours') ->> '$' AS DOUBLE), 24))) s
    ON s.ticket_id = t.ticket_id
