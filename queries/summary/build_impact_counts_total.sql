-- The stored change impact counts summed over the clients (summary/setup/9ja_impact_counts_table.sql),
-- after summary/build_impact_counts.sql, in end order.
CREATE OR REPLACE TABLE impact_counts AS
SELECT actual_end, change_id, k, sum(n)::INTEGER AS n
FROM impact_client_counts
GROUP BY ALL
ORDER BY actual_end, change_id, k
