-- A satisfaction cell as import-csat.ts keys its words: lower case, no accents, single spaces.
CREATE OR REPLACE MACRO csat_word(v) AS regexp_replace(strip_accents(lower(trim(v))), '\s+', ' ', 'g')
