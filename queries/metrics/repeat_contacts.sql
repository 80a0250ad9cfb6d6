-- Repeat contacts: tickets whose caller opened another ticket in the preceding
-- $window_days x 24 hours (routines/repeat_within.sql; the look-back may reach before the
-- period) / tickets with a known caller.
SELECT
    count(*) FILTER (WHERE repeat_within(prev_caller_ticket_at, created_at, $window_days))::INTEGER AS numerator,
    count(*)::INTEGER AS denominator
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE caller_id IS NOT NULL
