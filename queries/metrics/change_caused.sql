-- Change-caused incidents: tickets with an explicit cause link / tickets. A plain
-- related-change link is counted apart ("linked"); "suspected" tickets have neither
-- link but opened within $suspect_hours after a change ended on their service or client
-- (routines/suspected_by_change.sql, the same rule as the change_suspected metric).
SELECT
    count(*) FILTER (WHERE t.caused_by_change IS NOT NULL)::INTEGER AS numerator,
    count(*)::INTEGER AS denominator,
    count(*) FILTER (WHERE t.caused_by_change IS NULL AND t.related_change IS NOT NULL)::INTEGER AS linked,
    count(s.ticket_id)::INTEGER AS suspected
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients) t
LEFT JOIN suspected_by_change($from, $to, $suspect_hours) s ON s.ticket_id = t.ticket_id
