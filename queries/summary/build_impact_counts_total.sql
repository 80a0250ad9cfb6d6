-- The stored change impact counts summed over the clients (summary/setup/9ja_impact_counts_table.sql),
-- after summary/build_impact_counts.sql, in end order.
CREATE OR REPLACE TABLE impact_counts AS
SELECT actual_end, change_id,
       sum(n0)::INTEGER AS n0, sum(n1)::INTEGER AS n1, sum(n2)::INTEGER AS n2, sum(n3)::INTEGER AS n3, sum(n4)::INTEGER AS n4,
       sum(n5)::INTEGER AS n5, sum(n6)::INTEGER AS n6, sum(n7)::INTEGER AS n7, sum(n8)::INTEGER AS n8
FROM impact_client_counts
GROUP BY ALL
ORDER BY actual_end, change_id
