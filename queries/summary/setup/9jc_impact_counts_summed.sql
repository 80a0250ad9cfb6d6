-- impact_client_counts' rows of the changes that ended in [p_from, p_to) summed over the clients:
-- impact_counts' rows (9ja_impact_counts_table.sql), for summary/build_impact_counts_total.sql and
-- summary/days/9j_impact_counts_totals_insert.sql.
CREATE OR REPLACE MACRO impact_counts_summed(p_from, p_to) AS TABLE
SELECT actual_end, change_id,
       sum(n0)::INTEGER AS n0, sum(n1)::INTEGER AS n1, sum(n2)::INTEGER AS n2, sum(n3)::INTEGER AS n3, sum(n4)::INTEGER AS n4,
       sum(n5)::INTEGER AS n5, sum(n6)::INTEGER AS n6, sum(n7)::INTEGER AS n7, sum(n8)::INTEGER AS n8
FROM impact_client_counts
WHERE actual_end >= CAST(p_from AS DATE) AND actual_end < CAST(p_to AS DATE)
GROUP BY actual_end, change_id
