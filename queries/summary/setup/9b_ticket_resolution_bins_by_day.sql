-- The resolution time's denominator items (ticket_metric_parts' resolution_time_den) counted per
-- day, in the reporting zone, and bin (routines/resolution_time_bin.sql) over all clients.
-- Stored as resolution_days (src/lib/server/metric-days.ts), so an exact median or p90 of any
-- union of days finds from these counts the bins holding its ranks and sorts only their values
-- (summary/setup/resolution_time_buckets_stored.sql).
CREATE OR REPLACE MACRO ticket_resolution_bins_by_day(p_from, p_to) AS TABLE
SELECT CAST(occurred_at AS DATE) AS day, resolution_time_bin(resolution_time_value) AS bin, count(*)::INTEGER AS items
FROM ticket_metric_parts(p_from, p_to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE resolution_time_item AND resolution_time_den
GROUP BY ALL
