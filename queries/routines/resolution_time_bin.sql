-- A resolution time's bin for the stored quantile counts (resolution_days): 16 bins per unit of
-- sqrt(hours), so bins keep the values' order and a year's median bin at 10M tickets holds a
-- few thousand values. NULL for a negative time, which is never a resolution-time denominator item.
CREATE OR REPLACE MACRO resolution_time_bin(hours) AS CASE WHEN hours >= 0 THEN CAST(floor(sqrt(hours) * 16) AS INTEGER) END
