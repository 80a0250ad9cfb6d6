-- The stored CSAT combinations: the tickets per day and combination of the CSAT parts over all
-- tickets (summary/setup/9d_ticket_csat_combos_by_day.sql), in day order so a period reads only
-- its own row groups.
CREATE OR REPLACE TABLE csat_days AS
SELECT *
FROM ticket_csat_combos_by_day('-infinity', 'infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL)
ORDER BY day
