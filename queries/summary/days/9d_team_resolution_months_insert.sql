-- The months holding a changed day, counted whole as summary/build_team_resolution_months.sql
-- counts every month ([$from, $to) spans the changed days; their months reach past it).
INSERT INTO team_resolution_months
SELECT *
FROM ticket_resolution_bins_by_team_month(CAST(date_trunc('month', CAST($from AS DATE)) AS DATE),
                                          CAST(date_trunc('month', CAST($to AS DATE)) + INTERVAL 1 MONTH AS DATE))
WHERE month IN (SELECT DISTINCT CAST(date_trunc('month', day) AS DATE) FROM changed_days)
ORDER BY month, team, agent, bin
