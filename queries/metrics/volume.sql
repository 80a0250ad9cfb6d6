-- Volume: tickets created in the period.
SELECT count(*)::INTEGER AS tickets
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
