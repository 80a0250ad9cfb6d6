-- The rows of impact_client_counts (9j_impact_counts_table.sql) for the changes that ended in
-- [p_from, p_to): their windows counted over all tickets, with no filter, per ticket client
-- and week (n0..n8), the weeks before the first ticket too. Read by summary/build_impact_counts.sql (every
-- change) and summary/days/9h_impact_counts_insert.sql (those a changed day touches).
CREATE OR REPLACE MACRO impact_window_counts_by_client(p_from, p_to) AS TABLE
SELECT h.client, ch.actual_end, h.change_id,
       count(*) FILTER (WHERE h.k = 0)::INTEGER AS n0,
       count(*) FILTER (WHERE h.k = 1)::INTEGER AS n1,
       count(*) FILTER (WHERE h.k = 2)::INTEGER AS n2,
       count(*) FILTER (WHERE h.k = 3)::INTEGER AS n3,
       count(*) FILTER (WHERE h.k = 4)::INTEGER AS n4,
       count(*) FILTER (WHERE h.k = 5)::INTEGER AS n5,
       count(*) FILTER (WHERE h.k = 6)::INTEGER AS n6,
       count(*) FILTER (WHERE h.k = 7)::INTEGER AS n7,
       count(*) FILTER (WHERE h.k = 8)::INTEGER AS n8
FROM impact_window_tickets(p_from, p_to, '-infinity', 'infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL::VARCHAR[], 8, 24, true) h
JOIN impact_changes(p_from, p_to, NULL, NULL, NULL::VARCHAR[]) ch USING (change_id)
GROUP BY ALL
