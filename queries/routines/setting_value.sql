-- A stored setting's JSON value, so metric definitions read the analyst's settings
-- from the one settings table (sorts after scoped_tickets, before ticket_parts/).
CREATE OR REPLACE MACRO setting_value(k) AS (SELECT value FROM settings WHERE key = k)
