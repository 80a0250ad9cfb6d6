-- CSAT: satisfied responses (normalised score >= 0.75) / responses on a known scale.
-- The mean is on the responses' own scale when they share one; with mixed scales,
-- each score is converted to 1-5 first (1 + 4 x normalised score).
SELECT
    count(*) FILTER (WHERE csat_normalised >= 0.75)::INTEGER AS satisfied,
    count(csat_normalised)::INTEGER AS responses,
    CASE WHEN count(DISTINCT csat_scale) FILTER (WHERE csat_normalised IS NOT NULL) = 1
         THEN avg(csat_score) FILTER (WHERE csat_normalised IS NOT NULL)
         ELSE 1 + 4 * avg(csat_normalised) END AS mean
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
