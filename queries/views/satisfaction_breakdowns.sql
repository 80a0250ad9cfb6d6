-- The Satisfaction view's CSAT by team, by channel and by client, each for the period and the
-- previous one, in one scan of the metric's own parts over [$previous_from, $to) instead of three
-- paired breakdowns: per dimension, period and key the counts metrics/parts_breakdown_paired.sql
-- gives (a rate needs no median or mean), rows per dimension in that query's order.
SELECT occurred_at >= CAST($from AS DATE) AS is_current,
       CASE WHEN grouping(team) = 0 THEN 'team' WHEN grouping(channel) = 0 THEN 'channel' ELSE 'client' END AS dimension,
       CASE WHEN grouping(team) = 0 THEN team WHEN grouping(channel) = 0 THEN channel ELSE client END AS key,
       count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
       count(*) FILTER (WHERE den)::INTEGER AS denominator,
       count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS excluded
FROM parts_csat($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
GROUP BY GROUPING SETS ((is_current, team), (is_current, channel), (is_current, client))
ORDER BY dimension, denominator DESC, key NULLS LAST
