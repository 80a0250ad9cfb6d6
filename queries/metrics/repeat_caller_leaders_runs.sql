-- The repeat callers of the period with at least as many tickets as the $rank-th (ties at that
-- count included), most tickets first, then caller, with callers_total counting every repeat
-- caller: the rows of metrics/repeat_top_callers.sql from the caller runs stored with each
-- ticket (summary/setup/repeat_caller_ticket_counts.sql), for no filter and every client visible.
-- The Repeat callers view's top callers and the frequent callers insight both read these rows,
-- counted once per page load (metric/repeat-callers.ts): at 10M tickets, a year, each count was
-- a grouping of 6.4M tickets by caller (~460 ms).
WITH counts AS MATERIALIZED (
    SELECT caller_id, tickets FROM repeat_caller_ticket_counts($from, $to, $threshold)
)
SELECT caller_id, tickets, (SELECT count(*) FROM counts)::INTEGER AS callers_total
FROM counts
WHERE tickets >= (SELECT min(tickets) FROM (SELECT tickets FROM counts ORDER BY tickets DESC LIMIT CAST($rank AS INTEGER)))
ORDER BY tickets DESC, caller_id
