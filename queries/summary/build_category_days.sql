-- The stored self-service counts: tickets and FCR's parts per day, category and subcategory over
-- all tickets (summary/setup/9h_ticket_category_parts_by_day.sql), in day order so a period reads
-- only its own row groups.
CREATE OR REPLACE TABLE category_days AS
SELECT *
FROM ticket_category_parts_by_day('-infinity', 'infinity')
ORDER BY day, category, subcategory
