-- One metric by a dimension: $by is checked by the caller and chosen here by CASE, so no
-- identifier is ever built from input; same parts as parts_summary, so the rows add up to the
-- overall number. The period and the previous one in one pass over [$previous_from, $to): a
-- row per key and period (is_current), for metrics whose per-item parts do not depend on the
-- range (metric/report.ts says which). $previous_from = $from asks one period: every row is
-- current (a backlog's items were created before $from).
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
-- $spread (metric/report.ts partsParams): the median, p90 and mean only for a duration.
SELECT
    occurred_at >= CAST($from AS DATE) OR $previous_from = $from AS is_current,
    CASE $by
        WHEN 'client' THEN client WHEN 'team' THEN team WHEN 'agent' THEN agent
        WHEN 'channel' THEN channel WHEN 'priority' THEN priority WHEN 'category' THEN category
        WHEN 'service' THEN service WHEN 'fcr' THEN fcr_group
    END AS key,
    count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
    count(*) FILTER (WHERE den)::INTEGER AS denominator,
    count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS excluded,
    quantile_cont(value, 0.5) FILTER (WHERE den AND $spread) AS median,
    quantile_cont(value, 0.9) FILTER (WHERE den AND $spread) AS p90,
    value_mean(value, den AND $spread) AS mean
FROM {{parts}}($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
GROUP BY ALL
ORDER BY denominator DESC, key NULLS LAST
