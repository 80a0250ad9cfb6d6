-- CSAT's rows of metrics/parts_summary_paired.sql (over parts_csat: satisfied responses /
-- responses on a known scale, the excluded ones by reason, the scales counted) for the period and
-- the previous one, summed from the stored csat_days (summary/setup/9d_ticket_csat_combos_by_day.sql):
-- what metric/report.ts pairedSummary() runs for CSAT with no filter and every client visible.
-- A period without a response has no row, as there; CSAT is a rate, so no median, p90 or mean.
-- At 10M tickets a year took ~300 ms from the tickets.
WITH c AS (
    SELECT day >= CAST($from AS DATE) AS is_current, csat_counted, csat_den, csat_excluded, csat_basis, sum(n) AS n
    FROM csat_days
    WHERE day >= CAST($previous_from AS DATE) AND day < CAST($to AS DATE) AND csat_item
    GROUP BY ALL
),
-- The two histograms' entries: the reasons of the excluded, the scales of the counted.
reasons AS (
    SELECT is_current, map_from_entries(list({'key': csat_excluded, 'value': n} ORDER BY csat_excluded))::MAP(VARCHAR, INTEGER) AS excluded_by_reason
    FROM (SELECT is_current, csat_excluded, sum(n) AS n FROM c WHERE csat_excluded IS NOT NULL GROUP BY ALL)
    GROUP BY is_current
),
scales AS (
    SELECT is_current, map_from_entries(list({'key': csat_basis, 'value': n} ORDER BY csat_basis))::MAP(VARCHAR, INTEGER) AS basis
    FROM (SELECT is_current, csat_basis, sum(n) AS n FROM c WHERE csat_den AND csat_basis IS NOT NULL GROUP BY ALL)
    GROUP BY is_current
)
SELECT t.is_current, t.numerator, t.denominator, t.excluded, r.excluded_by_reason, s.basis,
       NULL::DOUBLE AS median, NULL::DOUBLE AS p90, NULL::DOUBLE AS mean
FROM (
    SELECT is_current,
           coalesce(sum(n) FILTER (WHERE csat_counted), 0)::INTEGER AS numerator,
           coalesce(sum(n) FILTER (WHERE csat_den), 0)::INTEGER AS denominator,
           coalesce(sum(n) FILTER (WHERE csat_excluded IS NOT NULL), 0)::INTEGER AS excluded
    FROM c
    GROUP BY is_current
) t
LEFT JOIN reasons r USING (is_current)
LEFT JOIN scales s USING (is_current)
