-- A date written with a month word ("12-Oct-2023", "12 de outubro de 2023", "12. Okt. 2023
-- 14:30", "Oct 12, 2023 2:30 PM") rewritten as "12/10/2023[ time]" for strptime's %d/%m/%Y
-- (strptime knows English month names only); NULL when the word is not a month.
CREATE OR REPLACE MACRO month_words_as_numbers(v) AS
month_parts_as_numbers(coalesce(
    nullif(regexp_extract(lower(strip_accents(trim(v))),
        '^(\d{1,2})\.?\s*(?:de\s+)?[\s/-]*([a-z]+)\.?\s*(?:de\s+)?[\s/-]*(\d{4}|\d{2})(?:[\s,t]+(.*))?$', ['d', 'm', 'y', 'rest']),
        {'d': '', 'm': '', 'y': '', 'rest': ''}),
    regexp_extract(lower(strip_accents(trim(v))),
        '^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4}|\d{2})(?:[\s,t]+(.*))?$', ['m', 'd', 'y', 'rest'])))
