-- Repeat callers' trend as metrics/parts_trend.sql gives it over their parts (per bucket: tickets
-- of callers with at least the threshold of tickets in the whole period / tickets with a caller),
-- from the caller runs stored with each ticket and no join, for a threshold ($threshold) of 2 or 3
-- with no filter and every client visible (metric/report.ts decides; else parts_trend.sql). A
-- repeat caller's tickets of the period, in time order: from its threshold-th on, each has its
-- (threshold - 1)-th earlier ticket in the period (summary/setup/repeat_caller_positions.sql); the
-- threshold-th ends the run (repeat_caller_run_ends.sql), and the threshold - 1 before it are the run's
-- start and, at 3, the ticket just before the end: each counted once more, at its own time. At 10M
-- tickets a year's weekly trend joined every ticket to 1.3M run ends on the caller (~550 ms).
-- Buckets as parts_trend.sql makes them ($grain is checked by the caller).
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
-- Every ticket with a caller is an item: summed per day ({{metric_days}}: the stored daily summary
-- or counted now, filled in by src/lib/server/metric-days.ts), so only the counted tickets are read.
items AS (
    SELECT strftime(date_trunc($grain, day), '%Y-%m-%d') AS bucket, sum(repeat_callers_items)::INTEGER AS denominator
    FROM {{metric_days}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
slots AS (
    SELECT * FROM trend_slots($from, $to, $grain)
),
marks AS (
    -- From its caller's threshold-th ticket of the period on, a ticket is counted at its own time.
    SELECT created_at AS at
    FROM repeat_caller_positions($from, $to)
    WHERE from_threshold
    UNION ALL
    -- Each run end's earlier tickets: the run's start, and at 3 the one just before the end.
    SELECT unnest(CASE WHEN $threshold = 3 THEN [run_start_at, before_end_at] ELSE [run_start_at] END)
    FROM repeat_caller_run_ends($from, $to)
),
counted AS (
    SELECT strftime(starts, '%Y-%m-%d') AS bucket, numerator
    FROM (
        SELECT CASE WHEN s.whole THEN s.starts ELSE date_trunc($grain, m.at) END AS starts, count(*)::INTEGER AS numerator
        FROM marks m LEFT JOIN slots s ON s.slot = trend_slot(m.at)
        GROUP BY ALL
    )
)
SELECT b.bucket, coalesce(c.numerator, 0) AS numerator, coalesce(i.denominator, 0) AS denominator,
       0 AS excluded, NULL::DOUBLE AS median, NULL::DOUBLE AS p90, NULL::DOUBLE AS mean
FROM buckets b
LEFT JOIN counted c USING (bucket)
LEFT JOIN items i USING (bucket)
ORDER BY b.bucket
