-- The changed days' rows of category_days, counted as summary/build_category_days.sql counts every day.
INSERT INTO category_days
SELECT *
FROM ticket_category_parts_by_day($from, $to)
WHERE day IN (SELECT day FROM changed_days)
ORDER BY day, category, subcategory
