-- An export's date/time text as an instant, or NULL, read the one way the import chose for
-- its column (import-dates.ts), never by a lenient cast ("1/1/20 1:18" is not year 1 AD):
-- fmts ['iso'] for a column of ISO 8601 text, else its strptime formats (ISO 8601 text
-- accepted too, as it reads one way only). Naive times are in zone tz ('' = session zone).
CREATE OR REPLACE MACRO to_instant(v, fmts, tz) AS
CASE
    WHEN v IS NULL THEN NULL
    WHEN fmts[1] = 'iso' OR regexp_full_match(v, '\s*\d{4}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d\d(:\d\d([.,]\d+)?)?)?\s*([zZ]|[+-]\d\d(:?\d\d)?|UTC|GMT)?\s*') THEN
        CASE WHEN tz = '' OR regexp_matches(v, '(\d:\d\d(:\d\d([.,]\d+)?)?\s*([zZ]|[+-]\d\d(:?\d\d)?)|UTC|GMT)\s*$')
             THEN TRY_CAST(v AS TIMESTAMPTZ)
             ELSE timezone(tz, TRY_CAST(v AS TIMESTAMP)) END
    WHEN tz = '' THEN CAST(local_time(v, fmts) AS TIMESTAMPTZ)
    ELSE timezone(tz, local_time(v, fmts))
END
