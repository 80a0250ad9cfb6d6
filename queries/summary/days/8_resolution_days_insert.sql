-- The changed days' rows of resolution_days, summed from their rows of team_resolution_days
-- (recounted just before, 6b_team_resolution_days_insert.sql) as summary/build_resolution_days.sql sums every day.
INSERT INTO resolution_days
SELECT day, bin, sum(items)::INTEGER AS items
FROM team_resolution_days
WHERE day IN (SELECT day FROM changed_days)
GROUP BY day, bin
ORDER BY day, bin
