-- The changed days' resolution times, as summary/build_resolution_values.sql stores every day's;
-- before 7_ and 9c_, which count the bins from them.
INSERT INTO resolution_values
SELECT *
FROM ticket_resolution_values($from, $to)
WHERE CAST(occurred_at AS DATE) IN (SELECT day FROM changed_days)
