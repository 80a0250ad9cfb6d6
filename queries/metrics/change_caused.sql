-- Change-caused incidents: tickets with an explicit cause link / tickets. A plain
-- related-change link is counted apart ("linked"); "suspected" tickets have neither
-- link but opened within $suspect_hours after a change ended on the same service
-- (or, for a change naming no service, the same client), for that client if the change names one.
SELECT
    count(*) FILTER (WHERE caused_by_change IS NOT NULL)::INTEGER AS numerator,
    count(*)::INTEGER AS denominator,
    count(*) FILTER (WHERE caused_by_change IS NULL AND related_change IS NOT NULL)::INTEGER AS linked,
    count(*) FILTER (WHERE caused_by_change IS NULL AND related_change IS NULL AND EXISTS (
        SELECT 1 FROM changes c
        WHERE c.actual_end <= t.created_at
          AND t.created_at < c.actual_end + to_hours(CAST($suspect_hours AS INTEGER))
          AND (c.service = t.service OR (c.service IS NULL AND c.client = t.client))
          AND (c.client IS NULL OR c.client = t.client)
    ))::INTEGER AS suspected
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients) t
