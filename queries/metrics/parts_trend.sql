-- One metric per day, week (ISO, from Monday) or month: every bucket of the period,
-- empty ones too, starting in the reporting time zone (DST-aware). $grain is checked
-- by the caller; items fall in the bucket of their `occurred_at` (created_at; a change's end).
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
-- An item's bucket from its 15-minute slot (routines/trend_slots.sql says why and when not).
slots AS (
    SELECT * FROM trend_slots($from, $to, $grain)
),
items AS (
    SELECT *, trend_slot(occurred_at) AS slot
    FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
agg AS (
    SELECT
        CASE WHEN s.whole THEN s.starts ELSE date_trunc($grain, i.occurred_at) END AS starts,
        count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
        count(*) FILTER (WHERE den)::INTEGER AS denominator,
        count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS excluded,
        -- Only where the point shows them ($spread: a duration): on a rate's 1M values the
        -- two quantiles and the mean were a fifth of the query.
        quantile_cont(value, 0.5) FILTER (WHERE den AND $spread) AS median,
        quantile_cont(value, 0.9) FILTER (WHERE den AND $spread) AS p90,
        value_mean(value, den AND $spread) AS mean
    FROM items i LEFT JOIN slots s USING (slot)
    GROUP BY ALL
)
SELECT b.bucket, coalesce(a.numerator, 0) AS numerator, coalesce(a.denominator, 0) AS denominator,
       coalesce(a.excluded, 0) AS excluded, a.median, a.p90, a.mean
FROM buckets b LEFT JOIN (SELECT strftime(starts, '%Y-%m-%d') AS bucket, * EXCLUDE (starts) FROM agg) a USING (bucket)
ORDER BY b.bucket
