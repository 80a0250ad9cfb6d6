-- The mean CSAT score (routines/csat_mean.sql) over the CSAT metric's own parts, so its
-- responses are exactly those the CSAT rate counts.
SELECT csat_mean(score, basis, value) AS mean
FROM parts_csat($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
