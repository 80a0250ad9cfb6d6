-- The CSAT combinations of a period's tickets (9d_ticket_csat_combos_by_day.sql) summed over its
-- days, for metrics/csat_extras.sql under any filter; csat_combos_stored.sql sums the stored ones.
CREATE OR REPLACE MACRO csat_combos_counted(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT * EXCLUDE (day, n, mean_n, value_sum), sum(n) AS n, sum(mean_n) AS mean_n, fsum(value_sum) AS value_sum
FROM ticket_csat_combos_by_day(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
GROUP BY ALL
