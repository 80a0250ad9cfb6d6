-- The repeat-contact rate for a window chosen on the Repeat callers view (7, 14 or 30
-- days, bound as $window_days), counted exactly as the metric library counts its configured
-- window: tickets whose caller opened another in the preceding window / tickets with a caller.
SELECT
    count(*) FILTER (WHERE repeat_within(prev_caller_ticket_at, created_at, $window_days))::INTEGER AS numerator,
    count(*)::INTEGER AS denominator
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE caller_id IS NOT NULL
