-- FCR rate: FCR tickets / resolved tickets whose FCR can be determined.
-- Written once in routines/ticket_metric_parts.sql (its fcr_* columns); this picks them.
CREATE OR REPLACE MACRO parts_fcr(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       fcr_basis AS basis, fcr_num AS num, fcr_den AS den, fcr_excluded AS excluded, fcr_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE fcr_item
