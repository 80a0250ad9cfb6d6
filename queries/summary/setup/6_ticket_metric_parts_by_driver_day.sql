-- The drivers' metric parts (src/lib/server/insights/drivers.ts) counted per day, in the
-- reporting zone, and per value of each driver dimension over all clients: the per-client counts
-- (5a_ticket_metric_parts_by_client_driver_day.sql) summed over the clients, each a sum of whole
-- numbers, so the same as counting them over all clients at once. Stored as driver_days
-- (src/lib/server/metric-days.ts), so the drivers of a view with no filter sum a few hundred
-- rows a day instead of working through both periods' tickets.
CREATE OR REPLACE MACRO ticket_metric_parts_by_driver_day(p_from, p_to) AS TABLE
SELECT day, dimension, key, sum(COLUMNS(* EXCLUDE (day, client, dimension, key)))::INTEGER
FROM ticket_metric_parts_by_client_driver_day(p_from, p_to)
GROUP BY day, dimension, key
