-- The rows of views/repeat_rates.sql for the settings' own repeat window, summed from the stored
-- daily summary (metric_days' repeat-contact counts, counted with that window): what
-- src/lib/server/views/repeat.ts runs when the window asked is the repeat_window_days setting and
-- the summary answers (up to date, no filter but client and team). A summary day is a
-- reporting-zone day, so it lies in one bucket. Buckets first, in order.
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
days AS (
    SELECT day >= CAST($from AS DATE) AS is_current,
           -- Only the period's days have a bucket: the previous period's are counted, not placed.
           CASE WHEN day >= CAST($from AS DATE) THEN date_trunc($grain, day) END AS starts,
           repeat_contacts_numerator, repeat_contacts_denominator
    FROM stored_metric_days($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
agg AS MATERIALIZED (
    SELECT is_current,
           grouping(starts) = 0 AS in_bucket, starts,
           sum(repeat_contacts_numerator)::INTEGER AS numerator,
           sum(repeat_contacts_denominator)::INTEGER AS denominator
    FROM days
    GROUP BY GROUPING SETS ((is_current), (is_current, starts))
)
SELECT 'bucket' AS kind, true AS is_current, b.bucket, coalesce(a.numerator, 0) AS numerator, coalesce(a.denominator, 0) AS denominator
FROM buckets b
LEFT JOIN (SELECT strftime(starts, '%Y-%m-%d') AS bucket, numerator, denominator FROM agg WHERE in_bucket AND is_current) a USING (bucket)
UNION ALL
SELECT 'period', is_current, NULL, numerator, denominator FROM agg WHERE NOT in_bucket
ORDER BY kind, bucket
