-- The Team view's resolution-time items per team, agent and bin over [p_from, p_to), counted now
-- from the stored resolution times (resolution_values, each range read through its zone maps) and marked with the period they belong to (p_is_current): the days around a
-- period's whole months, which team_resolution_spread_stored.sql adds to the stored months.
CREATE OR REPLACE MACRO team_resolution_bins_counted(p_from, p_to, p_is_current, p_team, p_agent) AS TABLE
SELECT p_is_current AS is_current, team, agent, bin, count(*) AS items
FROM resolution_values
WHERE occurred_at >= CAST(p_from AS DATE) AND occurred_at < CAST(p_to AS DATE)
  AND (p_team IS NULL OR team = p_team)
  AND (p_agent IS NULL OR agent = p_agent)
GROUP BY ALL
