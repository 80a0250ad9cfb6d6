-- The Team view's resolution-time items per team, agent and bin over [p_from, p_to), counted from
-- the tickets and marked with the period they belong to (p_is_current): the days around a
-- period's whole months, which team_resolution_spread_stored.sql adds to the stored months.
CREATE OR REPLACE MACRO team_resolution_bins_counted(p_from, p_to, p_is_current, p_team, p_agent) AS TABLE
SELECT p_is_current AS is_current, team, agent, resolution_time_bin(resolution_time_value) AS bin, count(*) AS items
FROM ticket_metric_parts(p_from, p_to, NULL, p_team, p_agent, NULL, NULL, NULL, NULL, NULL)
WHERE resolution_time_item AND resolution_time_den
GROUP BY ALL
