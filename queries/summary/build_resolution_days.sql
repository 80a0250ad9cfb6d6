-- The stored resolution-time bins: the resolution time's items per day and bin over all tickets
-- (summary/setup/9b_ticket_resolution_bins_by_day.sql), in day order so a period reads only its
-- own row groups.
CREATE OR REPLACE TABLE resolution_days AS
SELECT *
FROM ticket_resolution_bins_by_day('-infinity', 'infinity')
ORDER BY day, bin
