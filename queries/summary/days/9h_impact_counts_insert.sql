-- The counts per client of the changes 9g_impact_counts_delete.sql took away, counted as
-- summary/build_impact_counts.sql counts every change.
INSERT INTO impact_client_counts
SELECT *
FROM impact_window_counts_by_client(CAST($from AS DATE) - 2, CAST($to AS DATE) + 57)
ORDER BY client, actual_end, change_id
