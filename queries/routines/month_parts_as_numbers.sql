-- month_words_as_numbers' second half: day, month word, year and the rest as d/m/Y rest.
CREATE OR REPLACE MACRO month_parts_as_numbers(p) AS
CASE WHEN p.d <> '' AND month_number(p.m) IS NOT NULL
     THEN p.d || '/' || month_number(p.m) || '/' || p.y || CASE WHEN coalesce(p.rest, '') <> '' THEN ' ' || p.rest ELSE '' END END
