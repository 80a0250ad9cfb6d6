-- The changed days' rows of metric_days, counted as summary/build.sql counts every day
-- ([$from, $to) spans the changed days, so only their row groups are read).
INSERT INTO metric_days
SELECT *
FROM ticket_metric_parts_by_day($from, $to, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY day, client, team
