-- The rows of metrics/repeat_top_callers.sql (repeat callers, most tickets first, then caller,
-- with callers_total counting them all) from the caller runs stored with each ticket, for no
-- filter and every client visible (src/lib/server/metric/repeat-callers.ts decides), counted by
-- summary/setup/repeat_caller_ticket_counts.sql. At 10M tickets: 90 days 180 -> 40 ms, a year 590 -> 300.
WITH callers AS MATERIALIZED (
    SELECT caller_id, tickets FROM repeat_caller_ticket_counts($from, $to, $threshold)
)
SELECT caller_id, tickets, (SELECT count(*) FROM callers)::INTEGER AS callers_total
FROM callers
ORDER BY tickets DESC, caller_id
LIMIT CAST($limit AS INTEGER)
