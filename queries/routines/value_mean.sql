-- The mean of a metric's item values over its denominator (hours, scores), written once: an
-- aggregate. Compensated sums (favg) rounded to 9 decimals, so the order parallel threads add
-- rows in never moves the last digits (a plain avg moved the 14th between two runs).
CREATE OR REPLACE MACRO value_mean(value, den) AS round(favg(value) FILTER (WHERE den), 9)
