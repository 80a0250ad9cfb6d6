-- Repeat-contact rate with the configured window (setting repeat_window_days, default 7): the
-- one definition is routines/ticket_metric_parts.sql, read through repeat_contact_parts.sql.
CREATE OR REPLACE MACRO parts_repeat_contacts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT *
FROM repeat_contact_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
