-- The stored resolution times' table (9a_ticket_resolution_values.sql), empty until
-- summary/build_resolution_values.sql fills it; rebuilt with metric_days, under its fingerprint.
CREATE TABLE IF NOT EXISTS resolution_values AS
SELECT *
FROM ticket_resolution_values('-infinity', 'infinity')
LIMIT 0
