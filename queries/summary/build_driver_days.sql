-- The stored drivers' summary: the driver metrics' parts per day and per value of each driver
-- dimension over all tickets, driver_client_days summed over the clients
-- (summary/setup/7b_driver_days_summed.sql), in day order so a period reads only its own row groups.
CREATE OR REPLACE TABLE driver_days AS
SELECT *
FROM driver_days_summed('-infinity', 'infinity')
ORDER BY day, dimension, key
