-- The mean CSAT score over responses on a known scale (normalised not NULL), written once:
-- on the responses' own scale when they share one; with mixed scales, each score is
-- converted to 1-5 first (1 + 4 x normalised score). An aggregate, used over parts_csat;
-- compensated sums (favg), rounded to 12 decimals: the order parallel threads add rows in
-- still moved the 15th digit, and the same data must give the same number every time.
CREATE OR REPLACE MACRO csat_mean(score, scale, normalised) AS
    round(CASE WHEN count(DISTINCT scale) FILTER (WHERE normalised IS NOT NULL) = 1
               THEN favg(score) FILTER (WHERE normalised IS NOT NULL)
               ELSE 1 + 4 * favg(normalised) END, 12)
