-- The rows team_resolution_spread_stored.sql gives (the Team view's resolution-time median and p90
-- per period, team and agent, for every client and no filter but a team or an agent), from
-- quantile_cont over the tickets' own parts: what views/team.ts reads for periods of fewer items,
-- where one sort of each group's values is quicker than finding the bins first.
CREATE OR REPLACE MACRO team_resolution_spread_counted(p_previous_from, p_from, p_to, p_team, p_agent) AS TABLE
SELECT is_current, dimension, key, quantiles[1] AS median, quantiles[2] AS p90
FROM (
    SELECT occurred_at >= CAST(p_from AS DATE) AS is_current,
           CASE WHEN grouping(team) = 0 THEN 'team' ELSE 'agent' END AS dimension,
           CASE WHEN grouping(team) = 0 THEN team ELSE agent END AS key,
           -- Both quantiles from one sort of the group's values.
           quantile_cont(resolution_time_value, [0.5, 0.9]) AS quantiles
    FROM ticket_metric_parts(p_previous_from, p_to, NULL, p_team, p_agent, NULL, NULL, NULL, NULL, NULL)
    WHERE resolution_time_item AND resolution_time_den
    GROUP BY GROUPING SETS ((is_current, team), (is_current, agent))
)
