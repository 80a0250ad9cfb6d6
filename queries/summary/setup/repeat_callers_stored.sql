-- The number of repeat callers in each period as repeat_callers_counted.sql counts them, over every
-- ticket: one per ticket ending a run in the period (repeat_caller_run_ends.sql), so one filtered
-- pass over each period's tickets instead of a grouping of every caller (at 10M tickets, 465 ->
-- ~75 ms for 90 days and the 90 before). The filter arguments are there so both macros take the
-- same arguments; a filter is never set here.
CREATE OR REPLACE MACRO repeat_callers_stored(p_from, p_split, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT false AS is_current, count(*)::INTEGER AS repeat_callers FROM repeat_caller_run_ends(p_from, p_split)
UNION ALL
SELECT true AS is_current, count(*)::INTEGER AS repeat_callers FROM repeat_caller_run_ends(p_split, p_to)
