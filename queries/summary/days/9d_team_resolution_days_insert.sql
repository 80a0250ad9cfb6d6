-- The changed days' rows of team_resolution_days, counted as summary/build_team_resolution_days.sql counts every day.
INSERT INTO team_resolution_days
SELECT *
FROM ticket_team_resolution_bins_by_day($from, $to)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY day, team, agent, bin
