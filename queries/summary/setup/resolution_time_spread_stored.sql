-- The headline's resolution-time median and p90 for a period and the one before it, as
-- resolution_time_spread.sql gives them, from the stored bins (resolution_time_buckets_stored.sql,
-- each period one bucket): for no filter and every client (src/lib/server/metric-days.ts decides).
CREATE OR REPLACE MACRO resolution_time_spread_stored(p_previous_from, p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT false AS is_current, median, p90
FROM resolution_time_buckets_stored(p_previous_from, p_from, 'period', p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
UNION ALL
SELECT true AS is_current, median, p90
FROM resolution_time_buckets_stored(p_from, p_to, 'period', p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
