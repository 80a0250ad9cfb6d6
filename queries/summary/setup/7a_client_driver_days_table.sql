-- The stored per-client drivers' summary's table (5a_ticket_metric_parts_by_client_driver_day.sql),
-- empty until summary/build_client_driver_days.sql fills it; rebuilt with metric_days, under its fingerprint.
CREATE TABLE IF NOT EXISTS client_driver_days AS
SELECT *
FROM ticket_metric_parts_by_client_driver_day('-infinity', 'infinity')
LIMIT 0
