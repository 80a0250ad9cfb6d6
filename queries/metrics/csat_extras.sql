-- What CSAT shows besides its rate (metric/report.ts extras), for one period in one pass over
-- ticket_metric_parts: the CSAT metric's own csat_* parts and the response rate's
-- csat_response_rate_* parts, never recounted. A row per grouping (`part`):
-- 'all': the mean score (routines/csat_mean.sql, from its sums) and the response rate's counts;
-- 'score': responses per scale and score that the CSAT denominator counts;
-- 'fcr': CSAT by FCR group, as parts_breakdown_paired.sql gives it for by = 'fcr'.
-- The tickets are first counted by every column the groupings read (a few hundred
-- combinations: {{csat_combos}}, summed from the stored csat_days or counted now, filled in by
-- src/lib/server/metric-days.ts), and the groupings sum those: grouping sets over 1M tickets
-- directly took twice as long.
WITH combos AS (
    SELECT *
    FROM {{csat_combos}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
)
SELECT
    CASE grouping(csat_basis, csat_score, fcr_group) WHEN 7 THEN 'all' WHEN 6 THEN 'fcr' ELSE 'score' END AS part,
    csat_basis AS scale, csat_score AS score, fcr_group AS key,
    csat_average(sum(mean_n), fsum(csat_score * mean_n) FILTER (WHERE mean_n > 0), fsum(value_sum),
                 min(csat_basis) FILTER (WHERE mean_n > 0), max(csat_basis) FILTER (WHERE mean_n > 0)) AS mean,
    coalesce(sum(n) FILTER (WHERE csat_item), 0)::INTEGER AS items,
    coalesce(sum(n) FILTER (WHERE csat_item AND csat_counted), 0)::INTEGER AS numerator,
    coalesce(sum(n) FILTER (WHERE csat_item AND csat_den), 0)::INTEGER AS denominator,
    coalesce(sum(n) FILTER (WHERE csat_item AND csat_out), 0)::INTEGER AS excluded,
    coalesce(sum(n) FILTER (WHERE response_item AND response_counted), 0)::INTEGER AS response_numerator,
    coalesce(sum(n) FILTER (WHERE response_item AND response_den), 0)::INTEGER AS response_denominator,
    coalesce(sum(n) FILTER (WHERE response_item AND response_out), 0)::INTEGER AS response_excluded
FROM combos
GROUP BY GROUPING SETS ((), (csat_basis, csat_score), (fcr_group))
-- (FCR groups as the breakdown orders them: most responses first; scores by scale and score.)
ORDER BY part, CASE WHEN part = 'fcr' THEN -denominator END, key NULLS LAST, scale, score
