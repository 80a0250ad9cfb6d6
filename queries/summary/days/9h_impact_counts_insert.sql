-- The counts per client of the changes 9g_impact_counts_delete.sql took away, counted as
-- summary/build_impact_counts.sql counts every change.
INSERT INTO impact_client_counts
SELECT h.client, ch.actual_end, h.change_id, h.k, count(*)::INTEGER AS n
FROM impact_window_tickets(CAST($from AS DATE) - 2, CAST($to AS DATE) + 57, '-infinity', 'infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL::VARCHAR[], 8, 24, true) h
JOIN impact_changes(CAST($from AS DATE) - 2, CAST($to AS DATE) + 57, NULL, NULL, NULL::VARCHAR[]) ch USING (change_id)
GROUP BY ALL
ORDER BY h.client, ch.actual_end, h.change_id, h.k
