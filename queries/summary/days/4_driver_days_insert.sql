-- The changed days' rows of driver_days, counted as summary/build_driver_days.sql counts every day.
INSERT INTO driver_days
SELECT *
FROM ticket_metric_parts_by_driver_day($from, $to)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY day, dimension, key
