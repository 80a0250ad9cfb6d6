-- The stored Team resolution-time bins' table (9f_ticket_resolution_bins_by_team_month.sql), empty
-- until summary/build_team_resolution_months.sql fills it; rebuilt with metric_days, under its fingerprint.
CREATE TABLE IF NOT EXISTS team_resolution_months AS
SELECT *
FROM ticket_resolution_bins_by_team_month('-infinity', 'infinity')
LIMIT 0
