-- The stored change impact counts summed over the clients (summary/setup/9jc_impact_counts_summed.sql),
-- after summary/build_impact_counts.sql, in end order.
CREATE OR REPLACE TABLE impact_counts AS
SELECT *
FROM impact_counts_summed('-infinity', 'infinity')
ORDER BY actual_end, change_id
