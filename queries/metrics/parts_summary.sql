-- One metric's overall number from its parts (routines/ticket_parts/<metric>.sql):
-- numerator, denominator, exclusions by reason, the rule that decided (basis), and
-- for durations the median and p90 of the per-item value.
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
-- $spread (metric/report.ts partsParams): the median, p90 and mean only for a duration.
SELECT
    count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
    count(*) FILTER (WHERE den)::INTEGER AS denominator,
    count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS excluded,
    histogram(excluded)::MAP(VARCHAR, INTEGER) AS excluded_by_reason,
    histogram(basis) FILTER (WHERE den)::MAP(VARCHAR, INTEGER) AS basis,
    quantile_cont(value, 0.5) FILTER (WHERE den AND $spread) AS median,
    quantile_cont(value, 0.9) FILTER (WHERE den AND $spread) AS p90,
    value_mean(value, den AND $spread) AS mean
FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
