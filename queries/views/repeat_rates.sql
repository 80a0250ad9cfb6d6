-- The repeat-contact rate for the window chosen on the Repeat callers view (7, 14 or 30 days,
-- $window_days), from the metric's own definition (routines/ticket_parts/repeat_contact_parts.sql),
-- in one scan over [$previous_from, $to): a 'period' row for the period and one for the previous
-- (is_current), and the period's 'bucket' rows per day, week or month ($grain, checked by the
-- caller), every bucket, empty ones as 0 of 0, with the buckets and 15-minute slots of
-- metrics/parts_trend.sql. Buckets first, in order.
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
slots AS (
    SELECT * FROM trend_slots($from, $to, $grain)
),
items AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current, occurred_at, num, den,
           -- Only the period's items have a bucket: the previous period's are counted, not placed.
           CASE WHEN occurred_at >= CAST($from AS DATE) THEN trend_slot(occurred_at) END AS slot
    FROM repeat_contact_parts($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, $window_days)
),
agg AS MATERIALIZED (
    SELECT is_current,
           grouping(starts) = 0 AS in_bucket, starts,
           count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
           count(*) FILTER (WHERE den)::INTEGER AS denominator
    FROM (
        SELECT i.is_current, i.num, i.den,
               CASE WHEN i.is_current THEN CASE WHEN s.whole THEN s.starts ELSE date_trunc($grain, i.occurred_at) END END AS starts
        FROM items i LEFT JOIN slots s USING (slot)
    )
    GROUP BY GROUPING SETS ((is_current), (is_current, starts))
)
SELECT 'bucket' AS kind, true AS is_current, b.bucket, coalesce(a.numerator, 0) AS numerator, coalesce(a.denominator, 0) AS denominator
FROM buckets b
LEFT JOIN (SELECT strftime(starts, '%Y-%m-%d') AS bucket, numerator, denominator FROM agg WHERE in_bucket AND is_current) a USING (bucket)
UNION ALL
SELECT 'period', is_current, NULL, numerator, denominator FROM agg WHERE NOT in_bucket
ORDER BY kind, bucket
