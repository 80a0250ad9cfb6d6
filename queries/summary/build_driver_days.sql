-- The stored drivers' summary: the driver metrics' parts per day and per value of each driver
-- dimension over all tickets, summed over the clients from client_driver_days (built just
-- before it, summary/build_client_driver_days.sql; summary/setup/6_ticket_metric_parts_by_driver_day.sql
-- sums the same from the tickets), in day order so a period reads only its own row groups.
CREATE OR REPLACE TABLE driver_days AS
SELECT day, dimension, key, sum(COLUMNS(* EXCLUDE (day, client, dimension, key)))::INTEGER
FROM client_driver_days
GROUP BY day, dimension, key
ORDER BY day, dimension, key
