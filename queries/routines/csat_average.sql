-- The CSAT mean (csat_mean) from its sums over the responses on a known scale: how many, the
-- scores and the normalised scores added up (compensated sums, fsum), and the lowest and
-- highest scale name (equal: one shared scale, so the mean is on it). Rounded to 12
-- decimals: the order parallel threads add rows in still moved the 15th digit, and the
-- same data must give the same number every time.
CREATE OR REPLACE MACRO csat_average(responses, score_sum, normalised_sum, scale_low, scale_high) AS
    round(CASE WHEN responses > 0 AND scale_low = scale_high THEN score_sum / responses
               WHEN responses > 0 THEN 1 + 4 * normalised_sum / responses END, 12)
