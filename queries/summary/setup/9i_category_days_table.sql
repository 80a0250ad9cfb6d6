-- The stored self-service counts' table (9h_ticket_category_parts_by_day.sql), empty until
-- summary/build_category_days.sql fills it; rebuilt with metric_days, under its fingerprint.
CREATE TABLE IF NOT EXISTS category_days AS
SELECT *
FROM ticket_category_parts_by_day('-infinity', 'infinity')
LIMIT 0
