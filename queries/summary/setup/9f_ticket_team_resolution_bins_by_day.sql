-- The resolution time's denominator items counted per day (reporting zone), team, agent and bin
-- (routines/resolution_time_bin.sql) over all clients. Stored as team_resolution_days
-- (src/lib/server/metric-days.ts), so the Team view's exact median and p90 per team and per agent
-- sort only the values in the bins that hold their ranks (team_resolution_spread_stored.sql).
CREATE OR REPLACE MACRO ticket_team_resolution_bins_by_day(p_from, p_to) AS TABLE
SELECT CAST(occurred_at AS DATE) AS day, team, agent, resolution_time_bin(resolution_time_value) AS bin, count(*)::INTEGER AS items
FROM ticket_metric_parts(p_from, p_to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE resolution_time_item AND resolution_time_den
GROUP BY ALL
