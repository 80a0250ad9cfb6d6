-- Those changes' counts summed over the clients again, from 9h_impact_counts_insert.sql's rows.
INSERT INTO impact_counts
SELECT actual_end, change_id,
       sum(n0)::INTEGER AS n0, sum(n1)::INTEGER AS n1, sum(n2)::INTEGER AS n2, sum(n3)::INTEGER AS n3, sum(n4)::INTEGER AS n4,
       sum(n5)::INTEGER AS n5, sum(n6)::INTEGER AS n6, sum(n7)::INTEGER AS n7, sum(n8)::INTEGER AS n8
FROM impact_client_counts
WHERE actual_end >= CAST($from AS DATE) - 2 AND actual_end < CAST($to AS DATE) + 57
GROUP BY ALL
ORDER BY actual_end, change_id
