-- The changed days' rows of client_driver_days, counted as summary/build_client_driver_days.sql counts every day.
INSERT INTO client_driver_days
SELECT *
FROM ticket_metric_parts_by_client_driver_day($from, $to)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY day, client, dimension, key
