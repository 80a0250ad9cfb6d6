-- The changed days' rows of resolution_days, counted as summary/build_resolution_days.sql counts every day.
INSERT INTO resolution_days
SELECT *
FROM ticket_resolution_bins_by_day($from, $to)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY day, bin
