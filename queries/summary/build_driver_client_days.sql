-- The stored drivers' summary per ticket client over all tickets
-- (summary/setup/6_ticket_metric_parts_by_driver_day.sql), in client and day order so a
-- client's period reads only its own row groups. Before summary/build_driver_days.sql.
CREATE OR REPLACE TABLE driver_client_days AS
SELECT *
FROM ticket_metric_parts_by_driver_client_day('-infinity', 'infinity')
ORDER BY client, day, dimension, key
