-- Those changes' counts summed over the clients again, from 9h_impact_counts_insert.sql's rows.
INSERT INTO impact_counts
SELECT *
FROM impact_counts_summed(CAST($from AS DATE) - 2, CAST($to AS DATE) + 57)
ORDER BY actual_end, change_id
