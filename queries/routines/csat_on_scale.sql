-- Whether a score lies on its scale ('1-5', '0-10', 'good/bad': 0 or 1); NULL for a scale
-- not written low-high (the metrics then leave the score out, they never guess).
CREATE OR REPLACE MACRO csat_on_scale(score, scale) AS
CASE WHEN scale = 'good/bad' THEN score IN (0, 1)
     ELSE score BETWEEN TRY_CAST(split_part(scale, '-', 1) AS DOUBLE) AND TRY_CAST(split_part(scale, '-', 2) AS DOUBLE) END
