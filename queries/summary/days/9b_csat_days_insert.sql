-- The changed days' rows of csat_days, counted as summary/build_csat_days.sql counts every day.
INSERT INTO csat_days
SELECT *
FROM ticket_csat_combos_by_day($from, $to, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY day
