-- The stored drivers' summary's table (6_ticket_metric_parts_by_driver_day.sql), empty
-- until summary/build_driver_days.sql fills it; rebuilt with metric_days, under its fingerprint.
CREATE TABLE IF NOT EXISTS driver_days AS
SELECT *
FROM ticket_metric_parts_by_driver_day('-infinity', 'infinity')
LIMIT 0
