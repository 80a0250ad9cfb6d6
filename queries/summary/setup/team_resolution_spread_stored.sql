-- The Team view's resolution-time median and p90 per team and per agent for a period and the one
-- before it (is_current), quantile_cont's numbers to the bit, as views/team_breakdowns.sql counts
-- them: each group's items per bin are summed from the stored team_resolution_days, the bins
-- holding the ranks quantile_cont interpolates between (floor and ceil of (n - 1) × q) are found
-- from them, and only the tickets in those bins are read and sorted (a year at 10M tickets: 612
-- -> 358 ms). For views/team_breakdowns_stored.sql: every client visible and no filter but a team or
-- an agent, both in the key.
CREATE OR REPLACE MACRO team_resolution_spread_stored(p_previous_from, p_from, p_to, p_team, p_agent) AS TABLE
WITH grouped AS (
    SELECT is_current,
           CASE WHEN grouping(team) = 0 THEN 'team' ELSE 'agent' END AS dimension,
           CASE WHEN grouping(team) = 0 THEN team ELSE agent END AS key,
           bin, sum(c) AS c
    FROM (
        SELECT day >= CAST(p_from AS DATE) AS is_current, team, agent, bin, sum(items) AS c
        FROM team_resolution_days
        WHERE day >= CAST(p_previous_from AS DATE) AND day < CAST(p_to AS DATE)
          AND (p_team IS NULL OR team = p_team)
          AND (p_agent IS NULL OR agent = p_agent)
        GROUP BY ALL
    )
    GROUP BY GROUPING SETS ((is_current, team, bin), (is_current, agent, bin))
),
ranked AS (
    SELECT *,
           sum(c) OVER (PARTITION BY is_current, dimension, key ORDER BY bin) - c AS below,
           sum(c) OVER (PARTITION BY is_current, dimension, key) AS n
    FROM grouped
),
-- The ranks each quantile reads (side 0: floor, 1: ceil), the bin holding each and its place there.
wanted AS (
    SELECT b.is_current, b.dimension, b.key, r.q, r.rn, r.side, b.bin, CAST(r.rank - b.below + 1 AS BIGINT) AS at
    FROM (
        SELECT is_current, dimension, key, q, rn, side, CAST(CASE side WHEN 0 THEN floor(rn) ELSE ceil(rn) END AS BIGINT) AS rank
        FROM (SELECT DISTINCT is_current, dimension, key, (n - 1)::DOUBLE * q AS rn, q
              FROM ranked, (VALUES (0.5::DOUBLE), (0.9::DOUBLE)) v(q)), (VALUES (0), (1)) s(side)
    ) r
    JOIN ranked b ON b.is_current = r.is_current AND b.dimension = r.dimension AND b.key IS NOT DISTINCT FROM r.key
                 AND r.rank >= b.below AND r.rank < b.below + b.c
),
-- The tickets in a wanted bin of their team or agent. The wanted keys come as an unnested list:
-- as a table DuckDB took them for the bigger side and built its hash table from the tickets.
items AS (
    SELECT occurred_at >= CAST(p_from AS DATE) AS is_current, team, agent, resolution_time_value AS x,
           resolution_time_bin(resolution_time_value) AS bin
    FROM ticket_metric_parts(p_previous_from, p_to, NULL, p_team, p_agent, NULL, NULL, NULL, NULL, NULL)
    WHERE resolution_time_item AND resolution_time_den
      -- Any wanted bin first: one integer key (about a third of the tickets pass).
      AND resolution_time_bin(resolution_time_value) IN (SELECT unnest((SELECT list(DISTINCT bin) FROM wanted)))
),
sorted AS (
    SELECT i.is_current, 'team' AS dimension, i.team AS key, i.bin, list_sort(list(i.x)) AS xs
    FROM items i
    SEMI JOIN (SELECT unnest((SELECT list(DISTINCT {'is_current': is_current, 'key': key, 'bin': bin}) FROM wanted WHERE dimension = 'team'), recursive := true)) w
        ON w.is_current = i.is_current AND w.key IS NOT DISTINCT FROM i.team AND w.bin = i.bin
    GROUP BY ALL
    UNION ALL
    SELECT i.is_current, 'agent' AS dimension, i.agent AS key, i.bin, list_sort(list(i.x)) AS xs
    FROM items i
    SEMI JOIN (SELECT unnest((SELECT list(DISTINCT {'is_current': is_current, 'key': key, 'bin': bin}) FROM wanted WHERE dimension = 'agent'), recursive := true)) w
        ON w.is_current = i.is_current AND w.key IS NOT DISTINCT FROM i.agent AND w.bin = i.bin
    GROUP BY ALL
),
picked AS (
    SELECT w.is_current, w.dimension, w.key, w.q, w.rn,
           max(s.xs[w.at]) FILTER (WHERE w.side = 0) AS lo, max(s.xs[w.at]) FILTER (WHERE w.side = 1) AS hi
    FROM wanted w
    JOIN sorted s ON s.is_current = w.is_current AND s.dimension = w.dimension AND s.key IS NOT DISTINCT FROM w.key AND s.bin = w.bin
    GROUP BY ALL
)
SELECT is_current, dimension, key,
       max(quantile_between(rn, lo, hi)) FILTER (WHERE q = 0.5) AS median,
       max(quantile_between(rn, lo, hi)) FILTER (WHERE q = 0.9) AS p90
FROM picked
GROUP BY is_current, dimension, key
