-- The rows of metrics/repeat_top_callers.sql (repeat callers, most tickets first, then caller,
-- with callers_total counting them all) from the caller runs stored with each ticket, for no
-- filter and every client visible (src/lib/server/metric/repeat-callers.ts decides): a repeat
-- caller's tickets of the period are its threshold - 1 first ones and those from its threshold-th
-- on (summary/setup/repeat_caller_positions.sql), so only the latter are grouped, and a caller
-- with none of them is no repeat caller. At 10M tickets: 90 days 180 -> 40 ms, a year 590 -> 300.
WITH callers AS MATERIALIZED (
    SELECT caller_id, ($threshold - 1 + count(*))::INTEGER AS tickets
    FROM repeat_caller_positions($from, $to)
    WHERE from_threshold
    GROUP BY caller_id
)
SELECT caller_id, tickets, (SELECT count(*) FROM callers)::INTEGER AS callers_total
FROM callers
ORDER BY tickets DESC, caller_id
LIMIT CAST($limit AS INTEGER)
