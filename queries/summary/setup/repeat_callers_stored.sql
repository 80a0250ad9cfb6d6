-- The number of repeat callers in each period as repeat_callers_counted.sql counts them, over every
-- ticket (no filter, every client: src/lib/server/caller-runs.ts decides), from the caller runs
-- stored with each ticket for the threshold (caller_runs/refresh_all.sql). A caller with at least
-- the threshold of tickets in a period has exactly one ticket there whose run starts in the period
-- and whose ticket before the run does not: the threshold-th of the period. So the count is one
-- pass over the period's tickets, not a grouping of every caller (465 -> ~75 ms at 10M tickets).
-- The filter arguments are there so both macros take the same arguments; a filter is never set.
-- Made here, on the latest schema only: DuckDB binds a table macro to the tickets' columns when it
-- is made, and an older file being upgraded lacks the runs.
CREATE OR REPLACE MACRO repeat_callers_stored(p_from, p_split, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT is_current,
       count(*) FILTER (WHERE caller_run_start_at >= period_from
                          AND (caller_run_before_at IS NULL OR caller_run_before_at < period_from))::INTEGER AS repeat_callers
FROM (
    SELECT created_at >= CAST(p_split AS DATE) AS is_current,
           CAST(CASE WHEN created_at >= CAST(p_split AS DATE) THEN p_split ELSE p_from END AS DATE) AS period_from,
           caller_run_start_at, caller_run_before_at
    FROM tickets
    WHERE created_at >= CAST(p_from AS DATE) AND created_at < CAST(p_to AS DATE)
)
GROUP BY ALL
