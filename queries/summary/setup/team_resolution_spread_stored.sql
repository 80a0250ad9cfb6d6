-- The Team view's resolution-time median and p90 per team and per agent for [p_previous_from, p_from)
-- (is_current false) and [p_from, p_to) (true), quantile_cont's numbers to the bit, as the spread of
-- views/team_breakdowns.sql gives them (a row per period, dimension and key with items; key NULL for
-- tickets without one). The items per bin come from the stored months (team_resolution_months) for
-- a period's whole calendar months and from resolution_values for the days around them; the bins
-- holding the ranks quantile_cont interpolates between (floor and ceil of (n - 1) × q, 0-based) are
-- found from those counts, and only their values are read from resolution_values and sorted. For
-- every client, and no filter but a team or an agent; views/team.ts reads it for periods of many
-- items (10M tickets, the Team view's statement for a year: ~1,250 ms with quantile_cont, ~610
-- reading the values from the tickets, ~200 from resolution_values), team_resolution_spread_counted.sql otherwise.
CREATE OR REPLACE MACRO team_resolution_spread_stored(p_previous_from, p_from, p_to, p_team, p_agent) AS TABLE
WITH counts AS (
    SELECT is_current, team, agent, bin, sum(items) AS c
    FROM (
        SELECT m.month >= CAST(p_from AS DATE) AS is_current, m.team, m.agent, m.bin, m.items
        FROM team_resolution_months m
        WHERE ((m.month >= whole_months_from(p_previous_from, p_from) AND m.month < whole_months_to(p_previous_from, p_from))
            OR (m.month >= whole_months_from(p_from, p_to) AND m.month < whole_months_to(p_from, p_to)))
          AND (p_team IS NULL OR m.team = p_team)
          AND (p_agent IS NULL OR m.agent = p_agent)
        UNION ALL
        -- The days of each period before and after its whole months (none for a period of whole
        -- months), each range its own scan, so resolution_values' zone maps skip every other day.
        SELECT * FROM team_resolution_bins_counted(p_previous_from, whole_months_from(p_previous_from, p_from), false, p_team, p_agent)
        UNION ALL
        SELECT * FROM team_resolution_bins_counted(whole_months_to(p_previous_from, p_from), p_from, false, p_team, p_agent)
        UNION ALL
        SELECT * FROM team_resolution_bins_counted(p_from, whole_months_from(p_from, p_to), true, p_team, p_agent)
        UNION ALL
        SELECT * FROM team_resolution_bins_counted(whole_months_to(p_from, p_to), p_to, true, p_team, p_agent)
    )
    GROUP BY ALL
),
bins AS (
    SELECT is_current, 'team' AS dimension, team AS key, bin, sum(c) AS c FROM counts GROUP BY ALL
    UNION ALL
    SELECT is_current, 'agent' AS dimension, agent AS key, bin, sum(c) AS c FROM counts GROUP BY ALL
),
ranked AS (
    SELECT *, sum(c) OVER (PARTITION BY is_current, dimension, key ORDER BY bin) - c AS below,
           sum(c) OVER (PARTITION BY is_current, dimension, key) AS n
    FROM bins
),
-- The ranks each quantile reads (side 0: floor, 1: ceil), the bin holding each and its place there.
wanted AS MATERIALIZED (
    SELECT b.is_current, b.dimension, b.key, r.q, r.rn, r.side, b.bin, CAST(r.rank - b.below + 1 AS BIGINT) AS at
    FROM (
        SELECT is_current, dimension, key, q, rn, side, CAST(CASE side WHEN 0 THEN floor(rn) ELSE ceil(rn) END AS BIGINT) AS rank
        FROM (SELECT DISTINCT is_current, dimension, key, (n - 1)::DOUBLE * q AS rn, q
              FROM ranked, (VALUES (0.5::DOUBLE), (0.9::DOUBLE)) v(q)), (VALUES (0), (1)) s(side)
    ) r
    JOIN ranked b ON b.is_current = r.is_current AND b.dimension = r.dimension AND b.key IS NOT DISTINCT FROM r.key
                 AND r.rank >= b.below AND r.rank < b.below + b.c
),
-- The team, agent and bin of every item some wanted bin holds, so one semi-join picks them (each
-- half an equality join; one join with CASE in its condition was estimated worse). DuckDB still
-- judges these few hundred rows as millions, so views/team.ts keeps the written build side: it
-- hashed the period's 10M items otherwise (2.7 s of CPU, from the tickets then).
holding AS MATERIALIZED (
    SELECT c.is_current, c.team, c.agent, c.bin
    FROM counts c
    SEMI JOIN (SELECT is_current, key, bin FROM wanted WHERE dimension = 'team') w
        ON w.is_current = c.is_current AND w.bin = c.bin AND w.key IS NOT DISTINCT FROM c.team
    UNION
    SELECT c.is_current, c.team, c.agent, c.bin
    FROM counts c
    SEMI JOIN (SELECT is_current, key, bin FROM wanted WHERE dimension = 'agent') w
        ON w.is_current = c.is_current AND w.bin = c.bin AND w.key IS NOT DISTINCT FROM c.agent
),
items AS MATERIALIZED (
    SELECT i.*
    FROM (
        SELECT occurred_at >= CAST(p_from AS DATE) AS is_current, team, agent, bin, hours AS x
        FROM resolution_values
        WHERE occurred_at >= CAST(p_previous_from AS DATE) AND occurred_at < CAST(p_to AS DATE)
          AND (p_team IS NULL OR team = p_team)
          AND (p_agent IS NULL OR agent = p_agent)
    ) i
    SEMI JOIN holding h ON h.is_current = i.is_current AND h.bin = i.bin AND h.team IS NOT DISTINCT FROM i.team AND h.agent IS NOT DISTINCT FROM i.agent
),
sorted AS (
    SELECT is_current, 'team' AS dimension, team AS key, bin, list_sort(list(x)) AS xs FROM items GROUP BY ALL
    UNION ALL
    SELECT is_current, 'agent' AS dimension, agent AS key, bin, list_sort(list(x)) AS xs FROM items GROUP BY ALL
),
picked AS (
    SELECT w.is_current, w.dimension, w.key, w.q, w.rn,
           max(s.xs[w.at]) FILTER (WHERE w.side = 0) AS lo, max(s.xs[w.at]) FILTER (WHERE w.side = 1) AS hi
    FROM wanted w
    JOIN sorted s ON s.is_current = w.is_current AND s.dimension = w.dimension AND s.key IS NOT DISTINCT FROM w.key AND s.bin = w.bin
    GROUP BY ALL
)
-- DuckDB's interpolation for doubles (routines/quantile_between.sql).
SELECT is_current, dimension, key,
       max(quantile_between(rn, lo, hi)) FILTER (WHERE q = 0.5) AS median,
       max(quantile_between(rn, lo, hi)) FILTER (WHERE q = 0.9) AS p90
FROM picked
GROUP BY ALL
