-- The stored resolution-time bins' table (9b_ticket_resolution_bins_by_day.sql), empty until
-- summary/build_resolution_days.sql fills it; rebuilt with metric_days, under its fingerprint.
CREATE TABLE IF NOT EXISTS resolution_days AS
SELECT *
FROM ticket_resolution_bins_by_day('-infinity', 'infinity')
LIMIT 0
