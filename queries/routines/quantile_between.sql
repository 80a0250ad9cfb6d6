-- quantile_cont's interpolation for doubles between the values at the floor (lo) and ceil (hi)
-- of the 0-based rank rn = (n - 1) × q: lo at a whole rank, else lo × (1 - d) + hi × d (to the
-- bit: lo + (hi - lo) × d differs), for the quantiles that sort only the bins holding them.
CREATE OR REPLACE MACRO quantile_between(rn, lo, hi) AS CASE WHEN rn = floor(rn) THEN lo ELSE lo * (1 - (rn - floor(rn))) + hi * (rn - floor(rn)) END
