-- The numbers resolution_time_buckets_counted.sql gives (each bucket's exact median and p90,
-- quantile_cont's to the bit), for no filter and every client: each bucket's item counts per
-- bin are summed from the stored resolution_days, the bins holding the ranks quantile_cont
-- interpolates between (floor and ceil of (n - 1) × q, 0-based) are found from them, and only
-- those bins' values are read from the stored resolution_values and sorted (a year's weeks at 10M
-- tickets: ~480 ms reading them from the tickets' parts, ~150 from resolution_values). Chosen by
-- src/lib/server/metric-days.ts only where resolution_days answers. p_grain 'period' makes
-- [p_from, p_to) one bucket (the headline's, resolution_time_spread_stored.sql); date_trunc is
-- never given it: DuckDB refuses an unknown part when the query is bound.
CREATE OR REPLACE MACRO resolution_time_buckets_stored(p_from, p_to, p_grain, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
WITH bins AS (
    -- A bucket's start as trend_slots gives it (the zone's midnight), so the items join on it unconverted.
    SELECT CASE WHEN p_grain = 'period' THEN CAST(CAST(p_from AS DATE) AS TIMESTAMPTZ) ELSE CAST(date_trunc(CASE WHEN p_grain = 'period' THEN 'day' ELSE p_grain END, day) AS TIMESTAMPTZ) END AS starts,
           bin, sum(items) AS c
    FROM resolution_days
    WHERE day >= CAST(p_from AS DATE) AND day < CAST(p_to AS DATE)
    GROUP BY ALL
),
ranked AS (
    SELECT starts, bin, c,
           sum(c) OVER (PARTITION BY starts ORDER BY bin) - c AS below,
           sum(c) OVER (PARTITION BY starts) AS n
    FROM bins
),
-- The ranks each quantile reads (side 0: floor, 1: ceil), the bin holding each and its place there.
wanted AS (
    SELECT b.starts, r.q, r.rn, r.side, b.bin, CAST(r.rank - b.below + 1 AS BIGINT) AS at
    FROM (
        SELECT starts, q, rn, side, CAST(CASE side WHEN 0 THEN floor(rn) ELSE ceil(rn) END AS BIGINT) AS rank
        FROM (SELECT DISTINCT starts, (n - 1)::DOUBLE * q AS rn, q
              FROM ranked, (VALUES (0.5::DOUBLE), (0.9::DOUBLE)) v(q)), (VALUES (0), (1)) s(side)
    ) r
    JOIN ranked b ON b.starts = r.starts AND r.rank >= b.below AND r.rank < b.below + b.c
),
-- The items in any wanted bin (a few percent of them), then placed in their buckets.
items AS (
    SELECT occurred_at, x, bin
    FROM (
        SELECT occurred_at, hours AS x, bin
        FROM resolution_values
        WHERE occurred_at >= CAST(p_from AS DATE) AND occurred_at < CAST(p_to AS DATE)
    )
    WHERE bin IN (SELECT bin FROM wanted)
),
sorted AS (
    SELECT l.starts, l.bin, list_sort(list(l.x)) AS xs
    FROM (
        SELECT CASE WHEN p_grain = 'period' THEN CAST(CAST(p_from AS DATE) AS TIMESTAMPTZ)
                    WHEN s.whole THEN s.starts ELSE date_trunc(CASE WHEN p_grain = 'period' THEN 'day' ELSE p_grain END, i.occurred_at) END AS starts, i.bin, i.x
        FROM items i
        -- (No slots for one bucket: an empty range, and a grain date_trunc knows.)
        LEFT JOIN trend_slots(p_from, CASE WHEN p_grain = 'period' THEN p_from ELSE p_to END, CASE WHEN p_grain = 'period' THEN 'day' ELSE p_grain END) s
            ON s.slot = trend_slot(i.occurred_at)
    ) l
    SEMI JOIN (SELECT DISTINCT starts, bin FROM wanted) w ON w.starts = l.starts AND w.bin = l.bin
    GROUP BY ALL
),
picked AS (
    SELECT w.starts, w.q, w.rn,
           max(s.xs[w.at]) FILTER (WHERE w.side = 0) AS lo, max(s.xs[w.at]) FILTER (WHERE w.side = 1) AS hi
    FROM wanted w
    JOIN sorted s ON s.starts = w.starts AND s.bin = w.bin
    GROUP BY ALL
)
-- DuckDB's interpolation for doubles (routines/quantile_between.sql).
SELECT strftime(starts, '%Y-%m-%d') AS bucket,
       max(quantile_between(rn, lo, hi)) FILTER (WHERE q = 0.5) AS median,
       max(quantile_between(rn, lo, hi)) FILTER (WHERE q = 0.9) AS p90
FROM picked
GROUP BY starts
