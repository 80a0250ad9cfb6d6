-- One metric per day, week (ISO, from Monday) or month: every bucket of the period,
-- empty ones too, starting in the reporting time zone (DST-aware). $grain is checked
-- by the caller; items fall in the bucket of their `occurred_at` (created_at; a change's end).
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
WITH buckets AS (
    SELECT strftime(range, '%Y-%m-%d') AS bucket
    FROM range(
        date_trunc($grain, CAST($from AS DATE)::TIMESTAMPTZ),
        CAST($to AS DATE)::TIMESTAMPTZ,
        CASE $grain WHEN 'day' THEN INTERVAL 1 DAY WHEN 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END)
),
agg AS (
    SELECT
        strftime(date_trunc($grain, occurred_at), '%Y-%m-%d') AS bucket,
        count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
        count(*) FILTER (WHERE den)::INTEGER AS denominator,
        count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS excluded,
        quantile_cont(value, 0.5) FILTER (WHERE den) AS median,
        quantile_cont(value, 0.9) FILTER (WHERE den) AS p90,
        avg(value) FILTER (WHERE den) AS mean
    FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
)
SELECT b.bucket, coalesce(a.numerator, 0) AS numerator, coalesce(a.denominator, 0) AS denominator,
       coalesce(a.excluded, 0) AS excluded, a.median, a.p90, a.mean
FROM buckets b LEFT JOIN agg a USING (bucket)
ORDER BY b.bucket
