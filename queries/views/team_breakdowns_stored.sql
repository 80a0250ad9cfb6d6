-- The rows of views/team_breakdowns.sql, with the counts summed from the stored Team summary
-- (team_days, summary/setup/8_ticket_metric_parts_by_team_day.sql): what src/lib/server/views/team.ts
-- runs when that summary is up to date, the access sees every client and the only filters are a
-- team or an agent (both in its key). The resolution time's exact median and p90 are found from
-- the stored bins per month (summary/setup/team_resolution_spread_stored.sql) for periods of many
-- items, from quantile_cont otherwise (team_resolution_spread_counted.sql): the same numbers.
WITH counts AS (
    SELECT day >= CAST($from AS DATE) AS is_current,
           CASE WHEN grouping(team) = 0 THEN 'team' ELSE 'agent' END AS dimension,
           CASE WHEN grouping(team) = 0 THEN team ELSE agent END AS key,
           sum(volume_items)::INTEGER AS volume_items, sum(volume_numerator)::INTEGER AS volume_numerator, sum(volume_denominator)::INTEGER AS volume_denominator, sum(volume_excluded)::INTEGER AS volume_excluded,
           sum(fcr_items)::INTEGER AS fcr_items, sum(fcr_numerator)::INTEGER AS fcr_numerator, sum(fcr_denominator)::INTEGER AS fcr_denominator, sum(fcr_excluded)::INTEGER AS fcr_excluded,
           sum(csat_items)::INTEGER AS csat_items, sum(csat_numerator)::INTEGER AS csat_numerator, sum(csat_denominator)::INTEGER AS csat_denominator, sum(csat_excluded)::INTEGER AS csat_excluded,
           sum(resolution_time_items)::INTEGER AS resolution_time_items, sum(resolution_time_numerator)::INTEGER AS resolution_time_numerator, sum(resolution_time_denominator)::INTEGER AS resolution_time_denominator, sum(resolution_time_excluded)::INTEGER AS resolution_time_excluded,
           sum(reopen_rate_items)::INTEGER AS reopen_rate_items, sum(reopen_rate_numerator)::INTEGER AS reopen_rate_numerator, sum(reopen_rate_denominator)::INTEGER AS reopen_rate_denominator, sum(reopen_rate_excluded)::INTEGER AS reopen_rate_excluded,
           sum(reassignment_rate_items)::INTEGER AS reassignment_rate_items, sum(reassignment_rate_numerator)::INTEGER AS reassignment_rate_numerator, sum(reassignment_rate_denominator)::INTEGER AS reassignment_rate_denominator, sum(reassignment_rate_excluded)::INTEGER AS reassignment_rate_excluded,
           sum(sla_items)::INTEGER AS sla_items, sum(sla_numerator)::INTEGER AS sla_numerator, sum(sla_denominator)::INTEGER AS sla_denominator, sum(sla_excluded)::INTEGER AS sla_excluded
    FROM team_days
    WHERE day >= CAST($previous_from AS DATE) AND day < CAST($to AS DATE)
      AND ($team IS NULL OR team = $team)
      AND ($agent IS NULL OR agent = $agent)
    GROUP BY GROUPING SETS ((is_current, team), (is_current, agent))
),
-- The resolution time's exact median and p90 ({{team_resolution_spread}}: from the stored bins, sorting
-- only the bins that hold them, or from quantile_cont over every value; filled in by views/team.ts).
spread AS (
    SELECT is_current, dimension, key, [median, p90] AS quantiles
    FROM {{team_resolution_spread}}($previous_from, $from, $to, $team, $agent)
)
SELECT c.*, s.quantiles[1] AS resolution_time_median, s.quantiles[2] AS resolution_time_p90
FROM counts c
LEFT JOIN spread s ON s.is_current = c.is_current AND s.dimension = c.dimension AND s.key IS NOT DISTINCT FROM c.key
ORDER BY dimension, volume_denominator DESC, key NULLS LAST
