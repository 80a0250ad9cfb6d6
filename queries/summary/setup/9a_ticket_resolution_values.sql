-- The resolution time's denominator items (ticket_metric_parts' resolution_time_item and _den) one
-- row each, with the bin (routines/resolution_time_bin.sql), the time it was created at, the hours
-- and the team and agent: stored as resolution_values, the narrow copy the stored medians and p90
-- read their wanted bins' values from, and the stored bins' summaries are counted from. Computing
-- the bin and the parts at each read cost ~0.5 s per 10M tickets; reading the stored bin, ~0.1 s.
CREATE OR REPLACE MACRO ticket_resolution_values(p_from, p_to) AS TABLE
SELECT resolution_time_bin(resolution_time_value) AS bin, occurred_at, resolution_time_value AS hours, team, agent
FROM ticket_metric_parts(p_from, p_to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE resolution_time_item AND resolution_time_den
