-- Repeat-contact rate: tickets whose caller opened another ticket (any filters, even
-- before the period) in the preceding repeat window (inclusive) / tickets with a known caller.
CREATE OR REPLACE MACRO parts_repeat_contacts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       NULL AS basis,
       coalesce(repeat_within(prev_caller_ticket_at, created_at, w.days), false) AS num,
       true AS den,
       NULL AS excluded,
       (epoch_us(created_at) - epoch_us(prev_caller_ticket_at)) / 86400e6 AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients),
     (SELECT coalesce(TRY_CAST(setting_value('repeat_window_days') ->> '$' AS INTEGER), 7) AS days) w
WHERE caller_id IS NOT NULL
