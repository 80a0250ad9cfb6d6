-- The same repeat-contact rate (views/repeat_rate.sql) per day, week or month ($grain,
-- checked by the caller): every bucket of the period, empty ones as 0 of 0, starting in the
-- reporting time zone, with the buckets and 15-minute slots of metrics/parts_trend.sql.
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
slots AS (
    SELECT * FROM trend_slots($from, $to, $grain)
),
items AS (
    SELECT occurred_at, num, den, trend_slot(occurred_at) AS slot
    FROM repeat_contact_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, $window_days)
),
agg AS (
    SELECT CASE WHEN s.whole THEN s.starts ELSE date_trunc($grain, i.occurred_at) END AS starts,
           count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
           count(*) FILTER (WHERE den)::INTEGER AS denominator
    FROM items i LEFT JOIN slots s USING (slot)
    GROUP BY ALL
)
SELECT b.bucket, coalesce(a.numerator, 0) AS numerator, coalesce(a.denominator, 0) AS denominator
FROM buckets b LEFT JOIN (SELECT strftime(starts, '%Y-%m-%d') AS bucket, * EXCLUDE (starts) FROM agg) a USING (bucket)
ORDER BY b.bucket
