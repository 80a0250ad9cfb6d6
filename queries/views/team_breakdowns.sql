-- The Team view's agents and teams on its seven metrics, the period and the previous one, in
-- one scan of ticket_metric_parts (the columns each parts_<metric> macro picks: <metric>_item,
-- _num, _den, _excluded, _value) instead of two breakdowns per metric: per metric and key the
-- numbers metrics/parts_breakdown_paired.sql gives (a key with no item of a metric,
-- <metric>_items = 0, is not in that metric's breakdown). The resolution time's median and p90
-- are exact quantiles of its own items, both from one sort (quantile_cont of a list of
-- fractions: the same numbers as two calls, half the work). Rows come in the volume breakdown's order.
WITH p AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current, team, agent,
           coalesce(volume_item, false)::INTEGER AS volume_i, coalesce(volume_item AND volume_num AND volume_den, false)::INTEGER AS volume_n, coalesce(volume_item AND volume_den, false)::INTEGER AS volume_d, coalesce(volume_item AND volume_excluded IS NOT NULL, false)::INTEGER AS volume_x,
           coalesce(fcr_item, false)::INTEGER AS fcr_i, coalesce(fcr_item AND fcr_num AND fcr_den, false)::INTEGER AS fcr_n, coalesce(fcr_item AND fcr_den, false)::INTEGER AS fcr_d, coalesce(fcr_item AND fcr_excluded IS NOT NULL, false)::INTEGER AS fcr_x,
           coalesce(csat_item, false)::INTEGER AS csat_i, coalesce(csat_item AND csat_num AND csat_den, false)::INTEGER AS csat_n, coalesce(csat_item AND csat_den, false)::INTEGER AS csat_d, coalesce(csat_item AND csat_excluded IS NOT NULL, false)::INTEGER AS csat_x,
           coalesce(resolution_time_item, false)::INTEGER AS resolution_time_i, coalesce(resolution_time_item AND resolution_time_num AND resolution_time_den, false)::INTEGER AS resolution_time_n, coalesce(resolution_time_item AND resolution_time_den, false)::INTEGER AS resolution_time_d, coalesce(resolution_time_item AND resolution_time_excluded IS NOT NULL, false)::INTEGER AS resolution_time_x,
           coalesce(reopen_rate_item, false)::INTEGER AS reopen_rate_i, coalesce(reopen_rate_item AND reopen_rate_num AND reopen_rate_den, false)::INTEGER AS reopen_rate_n, coalesce(reopen_rate_item AND reopen_rate_den, false)::INTEGER AS reopen_rate_d, coalesce(reopen_rate_item AND reopen_rate_excluded IS NOT NULL, false)::INTEGER AS reopen_rate_x,
           coalesce(reassignment_rate_item, false)::INTEGER AS reassignment_rate_i, coalesce(reassignment_rate_item AND reassignment_rate_num AND reassignment_rate_den, false)::INTEGER AS reassignment_rate_n, coalesce(reassignment_rate_item AND reassignment_rate_den, false)::INTEGER AS reassignment_rate_d, coalesce(reassignment_rate_item AND reassignment_rate_excluded IS NOT NULL, false)::INTEGER AS reassignment_rate_x,
           coalesce(sla_item, false)::INTEGER AS sla_i, coalesce(sla_item AND sla_num AND sla_den, false)::INTEGER AS sla_n, coalesce(sla_item AND sla_den, false)::INTEGER AS sla_d, coalesce(sla_item AND sla_excluded IS NOT NULL, false)::INTEGER AS sla_x,
           CASE WHEN resolution_time_item AND resolution_time_den THEN resolution_time_value END AS resolution_time_counted
    FROM ticket_metric_parts($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
)
SELECT * EXCLUDE (resolution_time_quantiles),
       resolution_time_quantiles[1] AS resolution_time_median,
       resolution_time_quantiles[2] AS resolution_time_p90
FROM (
SELECT is_current,
       CASE WHEN grouping(team) = 0 THEN 'team' ELSE 'agent' END AS dimension,
       CASE WHEN grouping(team) = 0 THEN team ELSE agent END AS key,
       sum(volume_i)::INTEGER AS volume_items, sum(volume_n)::INTEGER AS volume_numerator, sum(volume_d)::INTEGER AS volume_denominator, sum(volume_x)::INTEGER AS volume_excluded,
       sum(fcr_i)::INTEGER AS fcr_items, sum(fcr_n)::INTEGER AS fcr_numerator, sum(fcr_d)::INTEGER AS fcr_denominator, sum(fcr_x)::INTEGER AS fcr_excluded,
       sum(csat_i)::INTEGER AS csat_items, sum(csat_n)::INTEGER AS csat_numerator, sum(csat_d)::INTEGER AS csat_denominator, sum(csat_x)::INTEGER AS csat_excluded,
       sum(resolution_time_i)::INTEGER AS resolution_time_items, sum(resolution_time_n)::INTEGER AS resolution_time_numerator, sum(resolution_time_d)::INTEGER AS resolution_time_denominator, sum(resolution_time_x)::INTEGER AS resolution_time_excluded,
       sum(reopen_rate_i)::INTEGER AS reopen_rate_items, sum(reopen_rate_n)::INTEGER AS reopen_rate_numerator, sum(reopen_rate_d)::INTEGER AS reopen_rate_denominator, sum(reopen_rate_x)::INTEGER AS reopen_rate_excluded,
       sum(reassignment_rate_i)::INTEGER AS reassignment_rate_items, sum(reassignment_rate_n)::INTEGER AS reassignment_rate_numerator, sum(reassignment_rate_d)::INTEGER AS reassignment_rate_denominator, sum(reassignment_rate_x)::INTEGER AS reassignment_rate_excluded,
       sum(sla_i)::INTEGER AS sla_items, sum(sla_n)::INTEGER AS sla_numerator, sum(sla_d)::INTEGER AS sla_denominator, sum(sla_x)::INTEGER AS sla_excluded,
       quantile_cont(resolution_time_counted, [0.5, 0.9]) AS resolution_time_quantiles
FROM p
GROUP BY GROUPING SETS ((is_current, team), (is_current, agent))
)
ORDER BY dimension, volume_denominator DESC, key NULLS LAST
