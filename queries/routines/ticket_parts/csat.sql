-- CSAT: satisfied responses (score normalised to 0..1 is at least 0.75) / responses on a
-- known scale. `value` = the normalised score; `basis` = the scale; `score` = the score as
-- exported (for csat_mean).
CREATE OR REPLACE MACRO parts_csat(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       csat_scale AS basis,
       coalesce(csat_normalised >= 0.75, false) AS num,
       csat_normalised IS NOT NULL AS den,
       CASE WHEN csat_normalised IS NULL THEN 'score not on a known scale (1-5, 1-10, 0-10, good/bad) or out of range' END AS excluded,
       csat_normalised AS value,
       csat_score AS score
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE csat_score IS NOT NULL
