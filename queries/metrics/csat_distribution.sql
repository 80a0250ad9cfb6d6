-- CSAT responses per scale and score, from the CSAT metric's own parts: only responses
-- its denominator counts (a score on a known scale).
SELECT basis AS scale, score, count(*)::INTEGER AS responses
FROM parts_csat($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE den
GROUP BY ALL
ORDER BY scale, score
