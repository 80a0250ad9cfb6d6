-- The resolution time's exact median and p90 for a period and the one before it (is_current: at
-- or after p_from), the numbers quantile_cont gives to the bit, for the headline
-- (metrics/headline.sql). quantile_cont sorts every value: a year at 10M tickets took ~550 ms.
-- Here the values are counted per bin (a monotone function of the value, so bins keep the
-- values' order), the bins holding the ranks quantile_cont interpolates between (floor and
-- ceil of (n - 1) × q, 0-based) are found from the counts, and only their values are sorted
-- (~240 ms). Under a filter or a client list only: otherwise the counts come from the stored
-- bins (resolution_time_spread_stored.sql). With many groups (teams, agents) counting bins from
-- the tickets was not faster than DuckDB's own smaller sorts, so those keep quantile_cont. Made
-- after routines/: DuckDB binds the ticket_metric_parts it reads when a macro is made.
CREATE OR REPLACE MACRO resolution_time_spread_counted(p_previous_from, p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
WITH items AS (
    SELECT occurred_at >= CAST(p_from AS DATE) AS is_current, resolution_time_value AS x,
           -- 64 bins per unit of sqrt(hours), at 10M tickets 66k values in the fullest; a negative
           -- value (never a denominator item today) would bin below 0, still in order.
           CASE WHEN resolution_time_value < 0 THEN -1 - CAST(sqrt(-resolution_time_value) * 64 AS BIGINT)
                ELSE CAST(sqrt(resolution_time_value) * 64 AS BIGINT) END AS bin
    FROM ticket_metric_parts(p_previous_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
    WHERE resolution_time_item AND resolution_time_den
),
bins AS (
    SELECT is_current, bin, count(*) AS c,
           sum(count(*)) OVER (PARTITION BY is_current ORDER BY bin) - count(*) AS below,
           sum(count(*)) OVER (PARTITION BY is_current) AS n
    FROM items
    GROUP BY is_current, bin
),
-- The ranks each quantile reads (side 0: floor, 1: ceil) and the bin holding each.
wanted AS (
    SELECT b.is_current, r.q, r.rn, r.side, b.bin, CAST(r.rank - b.below + 1 AS BIGINT) AS at
    FROM (
        SELECT is_current, q, rn, side, CAST(CASE side WHEN 0 THEN floor(rn) ELSE ceil(rn) END AS BIGINT) AS rank
        FROM (SELECT DISTINCT is_current, (n - 1)::DOUBLE * q AS rn, q
              FROM bins, (VALUES (0.5::DOUBLE), (0.9::DOUBLE)) v(q)), (VALUES (0), (1)) s(side)
    ) r
    JOIN bins b ON b.is_current = r.is_current AND r.rank >= b.below AND r.rank < b.below + b.c
),
-- Those bins' values, sorted: a list lookup per value (a join built its hash table from the items).
sorted AS (
    SELECT is_current, bin, list_sort(list(x)) AS xs
    FROM items
    WHERE list_contains((SELECT list(DISTINCT bin) FROM wanted), bin)
    GROUP BY ALL
),
picked AS (
    SELECT w.is_current, w.q, w.rn,
           max(s.xs[w.at]) FILTER (WHERE w.side = 0) AS lo, max(s.xs[w.at]) FILTER (WHERE w.side = 1) AS hi
    FROM wanted w
    JOIN sorted s ON s.is_current = w.is_current AND s.bin = w.bin
    GROUP BY ALL
)
-- DuckDB's interpolation for doubles (routines/quantile_between.sql).
SELECT is_current,
       max(quantile_between(rn, lo, hi)) FILTER (WHERE q = 0.5) AS median,
       max(quantile_between(rn, lo, hi)) FILTER (WHERE q = 0.9) AS p90
FROM picked
GROUP BY is_current
