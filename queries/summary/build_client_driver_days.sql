-- The stored per-client drivers' summary: the driver metrics' parts per day, client and value of
-- each driver dimension over all tickets (summary/setup/5a_ticket_metric_parts_by_client_driver_day.sql),
-- by day and client so a client's period reads only its own row groups.
CREATE OR REPLACE TABLE client_driver_days AS
SELECT *
FROM ticket_metric_parts_by_client_driver_day('-infinity', 'infinity')
ORDER BY day, client, dimension, key
