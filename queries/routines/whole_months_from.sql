-- The first day of the whole calendar months inside [p_from, p_to) (dates): the first month start
-- on or after p_from, or p_to where no whole month fits (routines/whole_months_to.sql is its end).
CREATE OR REPLACE MACRO whole_months_from(p_from, p_to) AS
CASE WHEN CAST(date_trunc('month', CAST(p_from AS DATE) - 1) + INTERVAL 1 MONTH AS DATE) < CAST(date_trunc('month', CAST(p_to AS DATE)) AS DATE)
     THEN CAST(date_trunc('month', CAST(p_from AS DATE) - 1) + INTERVAL 1 MONTH AS DATE)
     ELSE CAST(p_to AS DATE) END
