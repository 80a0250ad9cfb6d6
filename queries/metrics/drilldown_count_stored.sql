-- How many items metrics/drilldown_count.sql counts for a part (numerator, denominator or
-- excluded) of a whole period, with no breakdown key, bucket or narrowing: the sum of the stored
-- daily summary's counts of that part (summary/setup/4a_stored_metric_part_days.sql). What
-- metric/drilldown.ts drilldownCount() runs for the metrics that summary holds when it answers
-- (up to date, no filter but client and team). At 10M tickets a year's suspected change-caused
-- incidents took ~430 ms to count from the tickets.
SELECT coalesce(sum(n), 0)::INTEGER AS total
FROM stored_metric_part_days($metric, $part, $from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
