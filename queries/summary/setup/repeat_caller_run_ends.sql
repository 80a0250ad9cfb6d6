-- The tickets of [p_from, p_to) that end a run of the repeat-caller threshold inside the period,
-- from the caller runs stored with each ticket (caller_runs/refresh_all.sql): their run starts in
-- the period and the caller's ticket before the run does not. A caller with at least the threshold
-- of tickets in the period has exactly one: the threshold-th of the period; others have none. Over
-- every ticket (no filter): src/lib/server/caller-runs.ts decides when it answers. Made here, on the
-- latest schema only: DuckDB binds a table macro to the tickets' columns when it is made, and an
-- older file being upgraded lacks the runs.
CREATE OR REPLACE MACRO repeat_caller_run_ends(p_from, p_to) AS TABLE
SELECT caller_id, created_at
FROM tickets
WHERE created_at >= CAST(p_from AS DATE) AND created_at < CAST(p_to AS DATE)
  AND caller_run_start_at >= CAST(p_from AS DATE)
  AND (caller_run_before_at IS NULL OR caller_run_before_at < CAST(p_from AS DATE))
