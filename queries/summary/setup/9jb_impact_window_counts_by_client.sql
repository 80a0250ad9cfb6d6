-- The rows of impact_client_counts (9j_impact_counts_table.sql) for the changes that ended in
-- [p_from, p_to): their windows counted over all tickets, with no filter, per week and ticket
-- client, the weeks before the first ticket too. Read by summary/build_impact_counts.sql (every
-- change) and summary/days/9h_impact_counts_insert.sql (those a changed day touches).
CREATE OR REPLACE MACRO impact_window_counts_by_client(p_from, p_to) AS TABLE
SELECT h.client, ch.actual_end, h.change_id, h.k, count(*)::INTEGER AS n
FROM impact_window_tickets(p_from, p_to, '-infinity', 'infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL::VARCHAR[], 8, 24, true) h
JOIN impact_changes(p_from, p_to, NULL, NULL, NULL::VARCHAR[]) ch USING (change_id)
GROUP BY ALL
