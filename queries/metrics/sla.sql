-- SLA attainment: tickets that met SLA / tickets whose SLA outcome is known.
SELECT
    count(*) FILTER (WHERE sla_outcome)::INTEGER AS numerator,
    count(sla_outcome)::INTEGER AS denominator
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
