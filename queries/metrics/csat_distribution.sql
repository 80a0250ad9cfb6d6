-- CSAT responses per scale and score (only scores on a known scale, as CSAT counts them).
SELECT csat_scale AS scale, csat_score AS score, count(*)::INTEGER AS responses
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE csat_normalised IS NOT NULL
GROUP BY ALL
ORDER BY scale, score
