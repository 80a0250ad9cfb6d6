-- The Team view's trend of one metric for each team shown ($teams), every bucket of the period
-- (empty ones too) per team, in one statement: per team and bucket the numbers
-- metrics/parts_trend.sql gives with the team as a filter (these metrics' parts are the
-- ticket's own, whatever the filters), with its buckets and 15-minute slots.
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
slots AS (
    SELECT * FROM trend_slots($from, $to, $grain)
),
items AS (
    SELECT team, occurred_at, num, den, excluded, value,
           trend_slot(occurred_at) AS slot
    FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE list_contains($teams, team)
),
agg AS (
    SELECT
        team,
        CASE WHEN s.whole THEN s.starts ELSE date_trunc($grain, i.occurred_at) END AS starts,
        count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
        count(*) FILTER (WHERE den)::INTEGER AS denominator,
        count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS excluded,
        -- Median and p90 from one sort (a list of fractions gives the same numbers as two
        -- calls), and only where the point shows them ($spread: a duration).
        quantile_cont(value, [0.5, 0.9]) FILTER (WHERE den AND $spread) AS quantiles,
        value_mean(value, den AND $spread) AS mean
    FROM items i LEFT JOIN slots s USING (slot)
    GROUP BY ALL
)
SELECT t.team, b.bucket, coalesce(a.numerator, 0) AS numerator, coalesce(a.denominator, 0) AS denominator,
       coalesce(a.excluded, 0) AS excluded, a.quantiles[1] AS median, a.quantiles[2] AS p90, a.mean
FROM (SELECT unnest($teams) AS team) t
CROSS JOIN buckets b
LEFT JOIN (SELECT strftime(starts, '%Y-%m-%d') AS bucket, * EXCLUDE (starts) FROM agg) a USING (team, bucket)
ORDER BY t.team, b.bucket
