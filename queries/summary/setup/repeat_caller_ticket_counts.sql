-- Each repeat caller of [p_from, p_to) with its tickets of the period, from the caller runs stored
-- with each ticket (no filter): its p_threshold - 1 first tickets plus those from its threshold-th
-- on (repeat_caller_positions.sql), so only the latter are grouped; a caller with none of them is
-- no repeat caller. Read by metrics/repeat_caller_leaders_runs.sql.
CREATE OR REPLACE MACRO repeat_caller_ticket_counts(p_from, p_to, p_threshold) AS TABLE
SELECT caller_id, (p_threshold - 1 + count(*))::INTEGER AS tickets
FROM repeat_caller_positions(p_from, p_to)
WHERE from_threshold
GROUP BY caller_id
