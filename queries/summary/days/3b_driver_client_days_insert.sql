-- The changed days' rows of driver_client_days, counted as summary/build_driver_client_days.sql
-- counts every day (before 4_driver_days_insert.sql sums them).
INSERT INTO driver_client_days
SELECT *
FROM ticket_metric_parts_by_driver_client_day($from, $to)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY client, day, dimension, key
