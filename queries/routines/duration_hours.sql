-- A duration as exports write it, in hours: decimal hours ("12.5", "12,5") or H:MM[:SS]
-- (Freshdesk's "Resolution time (in hrs)", hours past 24 allowed); NULL if neither.
CREATE OR REPLACE MACRO duration_hours(v) AS
CASE
    WHEN v IS NULL THEN NULL
    WHEN regexp_matches(trim(v), '^\d+:\d{1,2}(:\d{1,2})?$')
        THEN CAST(split_part(trim(v), ':', 1) AS DOUBLE) + CAST(split_part(trim(v), ':', 2) AS DOUBLE) / 60
             + coalesce(TRY_CAST(nullif(split_part(trim(v), ':', 3), '') AS DOUBLE), 0) / 3600
    ELSE TRY_CAST(replace(trim(v), ',', '.') AS DOUBLE)
END
