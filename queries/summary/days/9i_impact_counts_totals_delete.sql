-- The same changes' counts summed over the clients go too (9g_impact_counts_delete.sql).
DELETE FROM impact_counts
WHERE actual_end >= CAST($from AS DATE) - 2 AND actual_end < CAST($to AS DATE) + 57
