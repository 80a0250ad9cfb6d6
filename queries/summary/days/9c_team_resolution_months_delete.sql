-- The months of team_resolution_months holding a changed day go; 9d_team_resolution_months_insert.sql counts them again, whole.
DELETE FROM team_resolution_months
WHERE month IN (SELECT DISTINCT CAST(date_trunc('month', day) AS DATE) FROM changed_days)
