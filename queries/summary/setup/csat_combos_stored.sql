-- The CSAT combinations of a period summed from the stored csat_days (over all clients: chosen by
-- src/lib/server/metric-days.ts only with no filter and every client visible, so the filters
-- here are always NULL), as csat_combos_counted.sql sums them from the tickets.
CREATE OR REPLACE MACRO csat_combos_stored(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT * EXCLUDE (day, n, mean_n, value_sum), sum(n) AS n, sum(mean_n) AS mean_n, fsum(value_sum) AS value_sum
FROM csat_days
WHERE day >= CAST(p_from AS DATE) AND day < CAST(p_to AS DATE)
GROUP BY ALL
