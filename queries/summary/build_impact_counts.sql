-- The stored change impact counts per client (summary/setup/9j_impact_counts_table.sql): every
-- change's windows (9jb_impact_window_counts_by_client.sql), in client and end order so a
-- client's period reads its own row groups.
CREATE OR REPLACE TABLE impact_client_counts AS
SELECT *
FROM impact_window_counts_by_client('-infinity', 'infinity')
ORDER BY client, actual_end, change_id
