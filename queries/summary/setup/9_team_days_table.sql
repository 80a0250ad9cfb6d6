-- The stored Team summary's table (8_ticket_metric_parts_by_team_day.sql), empty until
-- summary/build_team_days.sql fills it; rebuilt with metric_days, under its fingerprint.
CREATE TABLE IF NOT EXISTS team_days AS
SELECT *
FROM ticket_metric_parts_by_team_day('-infinity', 'infinity')
LIMIT 0
