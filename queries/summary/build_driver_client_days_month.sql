-- One month's rows of driver_client_days ([$from, $to): its days), in client and day order. A
-- month at a time: its grouping sets hold all their groups in memory, and at 1M tickets a whole
-- file's (~930,000) did not fit an upload's 128MB; a month's do.
INSERT INTO driver_client_days
SELECT *
FROM ticket_metric_parts_by_driver_client_day($from, $to)
ORDER BY client, day, dimension, key
