-- Each ticket of [p_from, p_to), placed in its caller's tickets of the period by the
-- caller runs stored with it (caller_runs/refresh_all.sql: when the caller's ticket threshold - 1
-- before it opened, caller_run_start_at, and the one threshold before, caller_run_before_at):
-- from_threshold: it is its caller's threshold-th ticket of the period or a later one (its run
-- starts in the period), so the caller is a repeat caller of the period; ends_run: it is the
-- threshold-th (the ticket before its run is not in the period). run_start_at and before_end_at:
-- when the caller's ticket threshold - 1 before it and the one just before it opened; all NULL for
-- a ticket without a caller. Over every ticket (no filter): src/lib/server/caller-runs.ts decides
-- when it answers. Made here, on the
-- latest schema only: DuckDB binds a table macro to the tickets' columns when it is made, and an
-- older file being upgraded lacks the runs.
CREATE OR REPLACE MACRO repeat_caller_positions(p_from, p_to) AS TABLE
SELECT caller_id, created_at,
       -- NULL where the caller has fewer earlier tickets than a run needs (no coalesce): as a plain
       -- comparison a filter on them reaches the scan (a year at 10M: 62 ms, with coalesce 98).
       caller_run_start_at >= CAST(p_from AS DATE) AS from_threshold,
       caller_run_start_at >= CAST(p_from AS DATE)
           AND (caller_run_before_at IS NULL OR caller_run_before_at < CAST(p_from AS DATE)) AS ends_run,
       caller_run_start_at AS run_start_at, prev_caller_ticket_at AS before_end_at
FROM tickets
WHERE created_at >= CAST(p_from AS DATE) AND created_at < CAST(p_to AS DATE)
