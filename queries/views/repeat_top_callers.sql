-- The Repeat callers view's top callers, in metrics/repeat_caller_list.sql's order (most
-- tickets, then caller), with callers_total counting them all: counts only, grouped per caller
-- by repeat_caller_tickets (the period split where it starts, so every row is current) rather
-- than the per-ticket window of parts_repeat_callers, which sorts every ticket by caller; the
-- shown callers' lists and first/last times come from views/repeat_caller_details.sql.
SELECT caller_id, tickets, count(*) OVER ()::INTEGER AS callers_total
FROM repeat_caller_tickets($from, $from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE is_repeat
ORDER BY tickets DESC, caller_id
LIMIT CAST($limit AS INTEGER)
