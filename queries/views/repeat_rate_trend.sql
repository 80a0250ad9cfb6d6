-- The same repeat-contact rate (views/repeat_rate.sql) per day, week or month ($grain,
-- checked by the caller); buckets start in the reporting time zone like parts_trend.sql's.
SELECT
    strftime(date_trunc($grain, occurred_at), '%Y-%m-%d') AS bucket,
    count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
    count(*) FILTER (WHERE den)::INTEGER AS denominator
FROM repeat_contact_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, $window_days)
GROUP BY ALL
ORDER BY bucket
