-- CSAT: satisfied responses / responses on a known scale. `value` = the normalised score;
-- `basis` = the scale; `score` = the score as exported (for csat_mean).
-- Written once in routines/ticket_metric_parts.sql (its csat_* columns); this picks them.
CREATE OR REPLACE MACRO parts_csat(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       csat_basis AS basis, csat_num AS num, csat_den AS den, csat_excluded AS excluded, csat_value AS value,
       csat_score AS score
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE csat_item
