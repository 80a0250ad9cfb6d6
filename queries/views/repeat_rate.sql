-- The repeat-contact rate for a window chosen on the Repeat callers view (7, 14 or 30 days,
-- $window_days), from the metric's own definition (routines/ticket_parts/repeat_contact_parts.sql), for
-- the period and the previous one in one pass: a row each, is_current telling which.
SELECT occurred_at >= CAST($from AS DATE) AS is_current,
       count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
       count(*) FILTER (WHERE den)::INTEGER AS denominator
FROM repeat_contact_parts($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, $window_days)
GROUP BY ALL
