-- The same repeat-contact rate (views/repeat_rate.sql) per day, week or month ($grain,
-- checked by the caller); buckets start in the reporting time zone like parts_trend.sql's.
SELECT
    strftime(date_trunc($grain, created_at), '%Y-%m-%d') AS bucket,
    count(*) FILTER (WHERE repeat_within(prev_caller_ticket_at, created_at, $window_days))::INTEGER AS numerator,
    count(*)::INTEGER AS denominator
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE caller_id IS NOT NULL
GROUP BY ALL
ORDER BY bucket
