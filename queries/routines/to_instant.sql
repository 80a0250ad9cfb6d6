-- An export's date/time text as an instant, or NULL: ISO 8601 first (an offset in
-- the text wins), then the import's strptime formats; naive times are in zone tz
-- ('' = the session zone). The plain cast alone when nothing else was asked for.
CREATE OR REPLACE MACRO to_instant(v, fmts, tz) AS
CASE
    WHEN v IS NULL THEN NULL
    WHEN tz = '' AND len(fmts) = 0 THEN TRY_CAST(v AS TIMESTAMPTZ)
    ELSE coalesce(
        CASE WHEN tz = '' OR regexp_matches(v, '\d:\d\d(:\d\d(\.\d+)?)?\s*([zZ]|[+-]\d\d(:?\d\d)?)$')
             THEN TRY_CAST(v AS TIMESTAMPTZ)
             ELSE timezone(tz, TRY_CAST(v AS TIMESTAMP)) END,
        CASE WHEN len(fmts) = 0 THEN NULL
             WHEN tz = '' THEN CAST(try_strptime(v, CASE WHEN len(fmts) = 0 THEN ['%Y-%m-%d'] ELSE fmts END) AS TIMESTAMPTZ)
             ELSE timezone(tz, try_strptime(v, CASE WHEN len(fmts) = 0 THEN ['%Y-%m-%d'] ELSE fmts END)) END)
END
