-- The reporting time zone: periods are calendar days in this zone. Only names
-- DuckDB knows pass, so the value can be used in SET; anything else falls back to UTC.
SELECT coalesce(
    (SELECT z.name
     FROM settings s JOIN pg_timezone_names() z ON z.name = (s.value ->> '$')
     WHERE s.key = 'timezone'),
    'UTC') AS tz
