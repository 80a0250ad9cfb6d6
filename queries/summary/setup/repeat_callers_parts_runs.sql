-- parts_repeat_callers (routines/ticket_parts/repeat_callers.sql) over every ticket, with a
-- ticket's caller found a repeat caller of the period by the one ticket ending a run there
-- (repeat_caller_run_ends.sql, one per repeat caller, so the join adds no row) instead of a
-- window over every caller's tickets. For the counts only (summaries, trends, breakdowns):
-- `value`, the caller's tickets in the period, is not given. No filter is ever set here
-- (src/lib/server/caller-runs.ts); the arguments are those of parts_repeat_callers.
CREATE OR REPLACE MACRO parts_repeat_callers_runs(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT p.item_id, p.occurred_at, p.caller_id, p.client, p.team, p.agent, p.channel, p.priority, p.category, p.service, p.status, p.subject,
       p.fcr_group, NULL AS basis, r.caller_id IS NOT NULL AS num, true AS den, NULL AS excluded, NULL::DOUBLE AS value
FROM ticket_metric_parts(p_from, p_to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL) p
LEFT JOIN repeat_caller_run_ends(p_from, p_to) r ON r.caller_id = p.caller_id
WHERE p.repeat_callers_item
