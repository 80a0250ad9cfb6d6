-- The satisfaction values of import_profile_rows, each distinct one (lower case) with how
-- often it appears and its number if it is one: the file's scale is decided from them.
SELECT lower(trim(csat_score)) AS value,
       count(*)::INTEGER AS n,
       TRY_CAST(replace(trim(csat_score), ',', '.') AS DOUBLE) AS number
FROM import_profile_rows
WHERE trim(csat_score) <> ''
GROUP BY ALL
ORDER BY n DESC, value
LIMIT 500
