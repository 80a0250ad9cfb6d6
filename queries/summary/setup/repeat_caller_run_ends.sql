-- The tickets of [p_from, p_to) that end a run of the repeat-caller threshold inside the period
-- (repeat_caller_positions.sql: their run starts in the period and the caller's ticket before the
-- run does not). A caller with at least the threshold of tickets in the period has exactly one:
-- the threshold-th of the period; others have none. run_start_at and before_end_at: when the
-- caller's first ticket of the period and the one just before this opened
-- (metrics/repeat_callers_trend_runs.sql). Over every ticket (no filter).
CREATE OR REPLACE MACRO repeat_caller_run_ends(p_from, p_to) AS TABLE
SELECT caller_id, created_at, run_start_at, before_end_at
FROM repeat_caller_positions(p_from, p_to)
WHERE ends_run
