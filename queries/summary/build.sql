-- The stored daily summary: every row-decided metric part counted per day, client and team
-- (routines/ticket_metric_parts_by_day.sql) over all tickets, in day order so a period reads only its
-- own row groups.
CREATE OR REPLACE TABLE metric_days AS
SELECT *
FROM ticket_metric_parts_by_day('-infinity', 'infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL)
ORDER BY day, client, team
