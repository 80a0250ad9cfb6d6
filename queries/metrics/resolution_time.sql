-- Resolution time in hours (resolved_at - created_at): median and 90th percentile.
SELECT
    quantile_cont(resolution_hours, 0.5) AS median,
    quantile_cont(resolution_hours, 0.9) AS p90
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE resolution_hours >= 0
