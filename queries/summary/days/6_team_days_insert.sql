-- The changed days' rows of team_days, counted as summary/build_team_days.sql counts every day.
INSERT INTO team_days
SELECT *
FROM ticket_metric_parts_by_team_day($from, $to)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY day, team, agent
