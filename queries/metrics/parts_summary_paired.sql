-- One metric's overall number (as parts_summary.sql) for the period and the previous one in
-- one pass: the parts over [$previous_from, $to), a row per period (is_current), for metrics
-- whose per-item parts do not depend on the range (metric/report.ts says which).
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
-- $spread (metric/report.ts partsParams): the median, p90 and mean only for a duration.
SELECT
    occurred_at >= CAST($from AS DATE) AS is_current,
    count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
    count(*) FILTER (WHERE den)::INTEGER AS denominator,
    count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS excluded,
    histogram(excluded)::MAP(VARCHAR, INTEGER) AS excluded_by_reason,
    histogram(basis) FILTER (WHERE den)::MAP(VARCHAR, INTEGER) AS basis,
    quantile_cont(value, 0.5) FILTER (WHERE den AND $spread) AS median,
    quantile_cont(value, 0.9) FILTER (WHERE den AND $spread) AS p90,
    value_mean(value, den AND $spread) AS mean
FROM {{parts}}($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
GROUP BY ALL
