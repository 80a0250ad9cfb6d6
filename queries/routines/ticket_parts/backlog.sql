-- Backlog: tickets created before the period's end (at any earlier time) and neither
-- resolved nor closed before it. `value` = age in days at the period's end.
CREATE OR REPLACE MACRO parts_backlog(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       NULL AS basis,
       true AS num,
       true AS den,
       NULL AS excluded,
       (epoch_us(CAST(p_to AS DATE)::TIMESTAMPTZ) - epoch_us(created_at)) / 86400e6 AS value
FROM scoped_tickets(DATE '0001-01-01', p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE coalesce(least(resolved_at, closed_at) >= CAST(p_to AS DATE), true)
