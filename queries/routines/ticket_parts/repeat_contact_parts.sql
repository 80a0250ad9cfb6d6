-- Repeat contacts for any window (p_window_days; NULL = the repeat_window_days setting):
-- written once in routines/ticket_metric_parts.sql (its repeat_contacts_* columns); this picks
-- them. parts_repeat_contacts reads it with the setting's window; the Repeat callers view with its own.
CREATE OR REPLACE MACRO repeat_contact_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, p_window_days) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       repeat_contacts_basis AS basis, repeat_contacts_num AS num, repeat_contacts_den AS den,
       repeat_contacts_excluded AS excluded, repeat_contacts_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, p_window_days)
WHERE repeat_contacts_item
