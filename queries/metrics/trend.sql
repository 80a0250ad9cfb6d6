-- Per-period trend of the Overview's charted metrics; $grain is day, week or month
-- (checked by the caller), buckets start in the reporting time zone.
SELECT
    strftime(date_trunc($grain, created_at), '%Y-%m-%d') AS bucket,
    count(*)::INTEGER AS tickets,
    count(*) FILTER (WHERE is_resolved AND fcr_outcome)::INTEGER AS fcr_numerator,
    count(*) FILTER (WHERE is_resolved AND fcr_outcome IS NOT NULL)::INTEGER AS fcr_denominator,
    count(*) FILTER (WHERE csat_normalised >= 0.75)::INTEGER AS csat_satisfied,
    count(csat_normalised)::INTEGER AS csat_responses,
    count(*) FILTER (WHERE caused_by_change IS NOT NULL)::INTEGER AS change_caused
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
GROUP BY ALL
ORDER BY bucket
