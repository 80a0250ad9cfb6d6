-- The self-service candidates' counts (insights/self_service.sql) per day, in the reporting zone,
-- category and subcategory over all clients: tickets (volume's items), and FCR's denominator and
-- numerator. Stored as category_days (src/lib/server/metric-days.ts), so an unfiltered view's
-- candidates sum a few dozen rows a day (insights/self_service_stored.sql) instead of working out
-- FCR for every ticket of the period (~370 ms a year at 10M tickets).
CREATE OR REPLACE MACRO ticket_category_parts_by_day(p_from, p_to) AS TABLE
SELECT CAST(occurred_at AS DATE) AS day, category, subcategory,
       count(*)::INTEGER AS tickets,
       count_if(fcr_item AND fcr_den)::INTEGER AS fcr_denominator,
       count_if(fcr_item AND fcr_num AND fcr_den)::INTEGER AS fcr_numerator
FROM ticket_metric_parts(p_from, p_to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE volume_item
GROUP BY ALL
