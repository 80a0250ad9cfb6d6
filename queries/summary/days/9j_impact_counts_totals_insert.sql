-- Those changes' counts summed over the clients again, from 9h_impact_counts_insert.sql's rows.
INSERT INTO impact_counts
SELECT actual_end, change_id, k, sum(n)::INTEGER AS n
FROM impact_client_counts
WHERE actual_end >= CAST($from AS DATE) - 2 AND actual_end < CAST($to AS DATE) + 57
GROUP BY ALL
ORDER BY actual_end, change_id, k
