-- The resolution time's denominator items (the stored resolution_values, 9a_ticket_resolution_values.sql)
-- counted per day, in the reporting zone, and bin over all clients.
-- Stored as resolution_days (src/lib/server/metric-days.ts), so an exact median or p90 of any
-- union of days finds from these counts the bins holding its ranks and sorts only their values
-- (summary/setup/resolution_time_buckets_stored.sql).
CREATE OR REPLACE MACRO ticket_resolution_bins_by_day(p_from, p_to) AS TABLE
SELECT CAST(occurred_at AS DATE) AS day, bin, count(*)::INTEGER AS items
FROM resolution_values
WHERE occurred_at >= CAST(p_from AS DATE) AND occurred_at < CAST(p_to AS DATE)
GROUP BY ALL
