-- Reopen rate: resolved tickets reopened / resolved tickets whose reopen_count is known.
-- Written once in routines/ticket_metric_parts.sql (its reopen_rate_* columns); this picks them.
CREATE OR REPLACE MACRO parts_reopen_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       reopen_rate_basis AS basis, reopen_rate_num AS num, reopen_rate_den AS den, reopen_rate_excluded AS excluded, reopen_rate_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE reopen_rate_item
