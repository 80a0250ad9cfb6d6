-- How each date column of import_profile_rows is written, one row per column that has
-- values: ISO 8601, Y/M/D, numeric D-M-Y or M-D-Y (with how many values have a first or
-- second part above 12, which decides the order), month words, Excel serial numbers.
WITH cells AS (
    SELECT field, lower(trim(raw)) AS t
    FROM (UNPIVOT (SELECT COLUMNS('^(created_at|first_response_at|resolved_at|closed_at|sla_due_at|event_at|planned_start|planned_end|actual_start|actual_end)$') FROM import_profile_rows)
          ON COLUMNS(*) INTO NAME field VALUE raw)
    WHERE trim(raw) <> ''
), iso AS (
    SELECT field, t, regexp_full_match(t, '\d{4}-\d{1,2}-\d{1,2}([t ]\d{1,2}:\d\d(:\d\d([.,]\d+)?)?)?\s*(z|[+-]\d\d(:?\d\d)?|utc|gmt)?') AS iso
    FROM cells
), shaped AS (
    -- The other shapes are only tried on what is not ISO 8601 (most large files are).
    SELECT field, t, iso,
        CASE WHEN NOT iso THEN regexp_full_match(t, '\d{4}[/.]\d{1,2}[/.]\d{1,2}([ t]+\d{1,2}:\d\d.*)?') ELSE false END AS ymd,
        CASE WHEN NOT iso THEN regexp_extract(t, '^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?(?:\s*[ap]\.?m\.?)?)?$', ['a', 'sep', 'b', 'y'])
             ELSE {'a': '', 'sep': '', 'b': '', 'y': ''} END AS num,
        CASE WHEN NOT iso AND regexp_matches(t, '[a-z]') THEN month_words_as_numbers(t) END AS named,
        CASE WHEN NOT iso THEN regexp_full_match(t, '\d{5}([.,]\d+)?') ELSE false END AS serial
    FROM iso
)
SELECT field,
    count(*)::INTEGER AS n,
    count(*) FILTER (iso)::INTEGER AS iso,
    count(*) FILTER (ymd)::INTEGER AS ymd,
    count(*) FILTER (num.a <> '')::INTEGER AS numeric,
    count(*) FILTER (num.a <> '' AND TRY_CAST(num.a AS INTEGER) > 12)::INTEGER AS first_over_12,
    count(*) FILTER (num.a <> '' AND TRY_CAST(num.b AS INTEGER) > 12)::INTEGER AS second_over_12,
    count(*) FILTER (num.a <> '' AND length(num.y) = 2)::INTEGER AS numeric_short_years,
    coalesce(list(DISTINCT num.sep) FILTER (num.a <> ''), []) AS separators,
    count(*) FILTER (named IS NOT NULL)::INTEGER AS named,
    count(*) FILTER (named IS NOT NULL AND length(split_part(split_part(named, ' ', 1), '/', 3)) = 2)::INTEGER AS named_short_years,
    coalesce(list(DISTINCT substr(t, 5, 1)) FILTER (ymd), []) AS ymd_separators,
    count(*) FILTER (serial)::INTEGER AS serial,
    min(t) FILTER (NOT iso AND NOT ymd AND num.a = '' AND named IS NULL AND NOT serial) AS unreadable_example
FROM shaped
GROUP BY field
ORDER BY field
