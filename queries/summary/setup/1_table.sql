-- The stored daily summary's table, empty until summary/build.sql fills it (created here so the
-- macro reading it, 3_scoped_metric_days.sql, can be made; a new release's columns come with
-- the rebuild its changed routines cause).
CREATE TABLE IF NOT EXISTS metric_days AS
SELECT *
FROM ticket_metric_parts_by_day('-infinity', 'infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL)
LIMIT 0
