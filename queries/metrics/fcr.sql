-- First-contact resolution: FCR tickets / resolved tickets whose FCR can be
-- determined; resolved tickets that cannot be judged are counted as excluded.
SELECT
    count(*) FILTER (WHERE is_resolved AND fcr_outcome)::INTEGER AS numerator,
    count(*) FILTER (WHERE is_resolved AND fcr_outcome IS NOT NULL)::INTEGER AS denominator,
    count(*) FILTER (WHERE is_resolved AND fcr_outcome IS NULL)::INTEGER AS excluded
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
