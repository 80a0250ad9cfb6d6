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
-- The zoned date_trunc per item cost ~1 s a year at 1M tickets; an item's 15-minute slot
-- (integer arithmetic) looked up here costs a tenth. A slot lies in one bucket unless the
-- zone's offset is not a multiple of 15 minutes; such slots (`whole` false) and items
-- outside the list fall back to the item's own date_trunc, so every bucket is as before.
slots AS (
    SELECT slot, date_trunc($grain, make_timestamptz(slot * 900000000)) AS starts,
           date_trunc($grain, make_timestamptz(slot * 900000000)) = date_trunc($grain, make_timestamptz(slot * 900000000 + 899999999)) AS whole
    FROM range(epoch_us(CAST($from AS DATE)::TIMESTAMPTZ) // 900000000, epoch_us(CAST($to AS DATE)::TIMESTAMPTZ) // 900000000 + 1) r(slot)
),
items AS (
    SELECT *, CASE WHEN epoch_us(occurred_at) >= 0 THEN epoch_us(occurred_at) // 900000000 END AS slot
    FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
agg AS (
    SELECT
        CASE WHEN s.whole THEN s.starts ELSE date_trunc($grain, i.occurred_at) END AS starts,
        count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
        count(*) FILTER (WHERE den)::INTEGER AS denominator,
        count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS excluded,
        quantile_cont(value, 0.5) FILTER (WHERE den) AS median,
        quantile_cont(value, 0.9) FILTER (WHERE den) AS p90,
        avg(value) FILTER (WHERE den) AS mean
    FROM items i LEFT JOIN slots s USING (slot)
    GROUP BY ALL
)
SELECT b.bucket, coalesce(a.numerator, 0) AS numerator, coalesce(a.denominator, 0) AS denominator,
       coalesce(a.excluded, 0) AS excluded, a.median, a.p90, a.mean
FROM buckets b LEFT JOIN (SELECT strftime(starts, '%Y-%m-%d') AS bucket, * EXCLUDE (starts) FROM agg) a USING (bucket)
ORDER BY b.bucket
