-- The changed days' rows of driver_days, summed from driver_client_days as
-- summary/build_driver_days.sql sums every day.
INSERT INTO driver_days
SELECT *
FROM driver_days_summed($from, $to)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY day, dimension, key
