-- The resolution time's denominator items (ticket_metric_parts' resolution_time_den) counted per
-- month (of the day in the reporting zone), team, agent and bin (routines/resolution_time_bin.sql)
-- over all clients. Stored as team_resolution_months (src/lib/server/metric-days.ts), so the Team
-- view's exact medians and p90s find the bins holding their ranks from these counts and sort only
-- those bins' values (summary/setup/team_resolution_spread_stored.sql). By month, not day: per day
-- it was 1.5M rows at 3.8M tickets, and a 1 GiB upload's rebuild grew the server past 300 MiB.
CREATE OR REPLACE MACRO ticket_resolution_bins_by_team_month(p_from, p_to) AS TABLE
SELECT CAST(date_trunc('month', CAST(occurred_at AS DATE)) AS DATE) AS month, team, agent,
       resolution_time_bin(resolution_time_value) AS bin, count(*)::INTEGER AS items
FROM ticket_metric_parts(p_from, p_to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE resolution_time_item AND resolution_time_den
GROUP BY ALL
