-- A count cell as a whole number ("3", "3.0"), negative ones kept for count_problem to
-- name; NULL when it is no whole number ("1.5", "many"): the reader would round 1.5 to 2.
CREATE OR REPLACE MACRO count_value(v) AS
CASE WHEN TRY_CAST(v AS DOUBLE) = trunc(TRY_CAST(v AS DOUBLE)) THEN TRY_CAST(TRY_CAST(v AS DOUBLE) AS INTEGER) END
