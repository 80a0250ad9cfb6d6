-- metric_parts(metric, scope...): the per-item parts (numerator flag, denominator flag,
-- exclusion reason, value) of one metric; the overall number, breakdowns, trends and the
-- drill-down all read this, so they cannot drift. Only the named metric's branch runs,
-- but DuckDB binds every branch first (~60 ms), so report.ts partsQuery() puts the
-- metric's own parts_<metric>() in its place; a test checks both give the same rows.
CREATE OR REPLACE MACRO metric_parts(p_metric, p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT * FROM parts_backlog(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'backlog'
UNION ALL
SELECT * FROM parts_change_caused(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'change_caused'
UNION ALL
SELECT * FROM parts_change_failure_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'change_failure_rate'
UNION ALL
SELECT * FROM parts_change_linked(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'change_linked'
UNION ALL
SELECT * FROM parts_change_suspected(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'change_suspected'
UNION ALL
SELECT * FROM parts_csat(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'csat'
UNION ALL
SELECT * FROM parts_csat_response_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'csat_response_rate'
UNION ALL
SELECT * FROM parts_fcr(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'fcr'
UNION ALL
SELECT * FROM parts_first_response_time(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'first_response_time'
UNION ALL
SELECT * FROM parts_net_fcr(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'net_fcr'
UNION ALL
SELECT * FROM parts_reassignment_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'reassignment_rate'
UNION ALL
SELECT * FROM parts_reopen_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'reopen_rate'
UNION ALL
SELECT * FROM parts_repeat_callers(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'repeat_callers'
UNION ALL
SELECT * FROM parts_repeat_contacts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'repeat_contacts'
UNION ALL
SELECT * FROM parts_resolution_time(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'resolution_time'
UNION ALL
SELECT * FROM parts_same_issue_repeats(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'same_issue_repeats'
UNION ALL
SELECT * FROM parts_sla(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'sla'
UNION ALL
SELECT * FROM parts_volume(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) WHERE p_metric = 'volume'
