-- The stored drivers' summary: the driver metrics' parts per day and per value of each driver
-- dimension over all tickets (summary/setup/6_ticket_metric_parts_by_driver_day.sql), in day order so
-- a period reads only its own row groups.
CREATE OR REPLACE TABLE driver_days AS
SELECT *
FROM ticket_metric_parts_by_driver_day('-infinity', 'infinity')
ORDER BY day, dimension, key
