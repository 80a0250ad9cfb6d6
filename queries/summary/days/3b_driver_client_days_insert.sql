-- The changed days' rows of driver_client_days of one month ([$from, $to): metric-days.ts runs it
-- for each month of the changed span, as summary/build_driver_client_days_month.sql builds them),
-- counted as every day is (before 4_driver_days_insert.sql sums them).
INSERT INTO driver_client_days
SELECT *
FROM ticket_metric_parts_by_driver_client_day($from, $to)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY client, day, dimension, key
