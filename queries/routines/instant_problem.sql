-- A rejected row's problem with one date cell, or NULL: not readable the way its column
-- is read (labels: JSON {field: reading in words}), or outside the plausible [lo, hi).
CREATE OR REPLACE MACRO instant_problem(field, raw, parsed, labels, lo, hi) AS
CASE
    WHEN raw IS NULL THEN NULL
    WHEN parsed IS NULL THEN {'column_name': field, 'reason': 'not a date/time'
        || CASE WHEN json_extract_string(labels, '$.' || field) NOT IN ('ISO 8601', 'as given')
                THEN ' in the column''s format, ' || json_extract_string(labels, '$.' || field) ELSE '' END || ': ' || raw}
    WHEN NOT instant_fits(raw, parsed, lo, hi) THEN {'column_name': field, 'reason': 'year ' || year(parsed) || ' is outside '
        || year(CAST(lo AS DATE)) || '-' || (year(CAST(hi AS DATE)) - 1) || ': ' || raw}
END
