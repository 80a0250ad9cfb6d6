-- The resolution time's denominator items (ticket_metric_parts' resolution_time_item and _den) one
-- row each, with the bin (routines/resolution_time_bin.sql), the time it was created at, the hours,
-- the team, agent, category and subcategory, and whether it was fixed at first contact (the FCR
-- rate's numerator): stored as resolution_values, the narrow copy the stored medians and p90 read
-- their wanted bins' values from, the stored bins' summaries are counted from, and the
-- self-service candidates' handling time (insights/self_service_stored.sql) is read from. Computing
-- the bin and the parts at each read cost ~0.5 s per 10M tickets; reading the stored bin, ~0.1 s.
CREATE OR REPLACE MACRO ticket_resolution_values(p_from, p_to) AS TABLE
SELECT resolution_time_bin(resolution_time_value) AS bin, occurred_at, resolution_time_value AS hours, team, agent,
       category, subcategory, coalesce(fcr_item AND fcr_num AND fcr_den, false) AS fcr_met
FROM ticket_metric_parts(p_from, p_to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE resolution_time_item AND resolution_time_den
