-- The Team view's resolution-time median and p90 per team and per agent for a period and the one
-- before it (is_current), by quantile_cont over the tickets' own parts, as views/team_breakdowns.sql
-- counts them; team_resolution_spread_stored.sql gives the same from the stored bins.
CREATE OR REPLACE MACRO team_resolution_spread_counted(p_previous_from, p_from, p_to, p_team, p_agent) AS TABLE
SELECT is_current, dimension, key, quantiles[1] AS median, quantiles[2] AS p90
FROM (
    SELECT occurred_at >= CAST(p_from AS DATE) AS is_current,
           CASE WHEN grouping(team) = 0 THEN 'team' ELSE 'agent' END AS dimension,
           CASE WHEN grouping(team) = 0 THEN team ELSE agent END AS key,
           quantile_cont(resolution_time_value, [0.5, 0.9]) AS quantiles
    FROM ticket_metric_parts(p_previous_from, p_to, NULL, p_team, p_agent, NULL, NULL, NULL, NULL, NULL)
    WHERE resolution_time_item AND resolution_time_den
    GROUP BY GROUPING SETS ((is_current, team), (is_current, agent))
)
