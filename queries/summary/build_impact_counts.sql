-- The stored change impact counts per client (summary/setup/9j_impact_counts_table.sql): every
-- change's windows counted over all tickets, with no filter, in client and end order so a
-- client's period reads its own row groups.
CREATE OR REPLACE TABLE impact_client_counts AS
SELECT h.client, ch.actual_end, h.change_id, h.k, count(*)::INTEGER AS n
FROM impact_window_tickets('-infinity', 'infinity', '-infinity', 'infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL::VARCHAR[], 8, 24, true) h
JOIN impact_changes('-infinity', 'infinity', NULL, NULL, NULL::VARCHAR[]) ch USING (change_id)
GROUP BY ALL
ORDER BY h.client, ch.actual_end, h.change_id, h.k
