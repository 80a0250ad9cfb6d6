-- The stored CSAT combinations' table (9d_ticket_csat_combos_by_day.sql), empty until
-- summary/build_csat_days.sql fills it; rebuilt with metric_days, under its fingerprint.
CREATE TABLE IF NOT EXISTS csat_days AS
SELECT *
FROM ticket_csat_combos_by_day('-infinity', 'infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL)
LIMIT 0
