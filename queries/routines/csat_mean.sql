-- The mean CSAT score over responses on a known scale (normalised not NULL), written once:
-- on the responses' own scale when they share one; with mixed scales, each score is
-- converted to 1-5 first (1 + 4 x normalised score). An aggregate, used over parts_csat;
-- its sums come from csat_mean_sums, so per-day sums (ticket_metric_parts_by_day) give the
-- same number as the tickets themselves.
CREATE OR REPLACE MACRO csat_mean(score, scale, normalised) AS
    csat_average(
        count(normalised),
        fsum(score) FILTER (WHERE normalised IS NOT NULL),
        fsum(normalised),
        min(scale) FILTER (WHERE normalised IS NOT NULL),
        max(scale) FILTER (WHERE normalised IS NOT NULL))
