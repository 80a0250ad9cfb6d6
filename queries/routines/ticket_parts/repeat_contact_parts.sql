-- Repeat contacts, written once, for any window (p_window_days): tickets whose caller opened
-- another ticket (any filters, even before the period) in the preceding window (inclusive,
-- repeat_within) / tickets with a known caller. `value` = days since that earlier ticket.
-- parts_repeat_contacts reads it with the setting's window; the Repeat callers view with its own.
CREATE OR REPLACE MACRO repeat_contact_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, p_window_days) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       NULL AS basis,
       coalesce(repeat_within(prev_caller_ticket_at, created_at, p_window_days), false) AS num,
       true AS den,
       NULL AS excluded,
       (epoch_us(created_at) - epoch_us(prev_caller_ticket_at)) / 86400e6 AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE caller_id IS NOT NULL
