-- Repeat callers (at least the threshold of tickets in the period), most tickets first, then
-- caller, with callers_total counting them all (src/lib/server/metric/repeat-callers.ts):
-- counts only, grouped per caller by repeat_caller_tickets (the period split where it starts,
-- so every row is current) rather than the per-ticket window of parts_repeat_callers, which
-- sorts every ticket by caller; the listed callers' clients, categories and first and last
-- times come from metrics/repeat_caller_details.sql. The total is counted from the kept
-- callers rather than by a window over them all (10M tickets, a year: 1,007 -> 912 ms).
WITH callers AS MATERIALIZED (
    SELECT caller_id, tickets
    FROM repeat_caller_tickets($from, $from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE is_repeat
)
SELECT caller_id, tickets, (SELECT count(*) FROM callers)::INTEGER AS callers_total
FROM callers
ORDER BY tickets DESC, caller_id
LIMIT CAST($limit AS INTEGER)
