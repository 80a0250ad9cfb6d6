-- The resolution time's denominator items (the stored resolution_values, 9a_ticket_resolution_values.sql)
-- counted per month (of the day in the reporting zone), team, agent and bin over all clients. Stored as team_resolution_months (src/lib/server/metric-days.ts), so the Team
-- view's exact medians and p90s find the bins holding their ranks from these counts and sort only
-- those bins' values (summary/setup/team_resolution_spread_stored.sql). By month, not day: per day
-- it was 1.5M rows at 3.8M tickets, and a 1 GiB upload's rebuild grew the server past 300 MiB.
CREATE OR REPLACE MACRO ticket_resolution_bins_by_team_month(p_from, p_to) AS TABLE
SELECT CAST(date_trunc('month', CAST(occurred_at AS DATE)) AS DATE) AS month, team, agent,
       bin, count(*)::INTEGER AS items
FROM resolution_values
WHERE occurred_at >= CAST(p_from AS DATE) AND occurred_at < CAST(p_to AS DATE)
GROUP BY ALL
