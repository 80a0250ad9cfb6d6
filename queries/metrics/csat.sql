-- CSAT: satisfied responses (normalised score >= 0.75) / responses on a known scale.
-- The mean is on the raw scale, so it is given only when all responses share one.
SELECT
    count(*) FILTER (WHERE csat_normalised >= 0.75)::INTEGER AS satisfied,
    count(csat_normalised)::INTEGER AS responses,
    CASE WHEN count(DISTINCT csat_scale) FILTER (WHERE csat_normalised IS NOT NULL) = 1
         THEN avg(csat_score) FILTER (WHERE csat_normalised IS NOT NULL) END AS mean,
    min(csat_scale) FILTER (WHERE csat_normalised IS NOT NULL) AS scale
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
