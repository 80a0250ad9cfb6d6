-- The stored per-team and per-agent resolution-time bins' table (9f_ticket_team_resolution_bins_by_day.sql),
-- empty until summary/build_team_resolution_days.sql fills it; rebuilt with metric_days, under its fingerprint.
CREATE TABLE IF NOT EXISTS team_resolution_days AS
SELECT *
FROM ticket_team_resolution_bins_by_day('-infinity', 'infinity')
LIMIT 0
