-- How many tickets the daily summary holds and over which days (end_day: the day after its last),
-- for src/lib/server/metric-days.ts to tell how many tickets a period holds on average.
SELECT coalesce(sum(volume_items), 0)::BIGINT AS tickets,
       strftime(min(day), '%Y-%m-%d') AS first_day,
       strftime(max(day) + 1, '%Y-%m-%d') AS end_day
FROM metric_days
