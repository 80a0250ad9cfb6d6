-- Whether DuckDB knows a time zone name (the reporting zone must be one it can SET).
SELECT EXISTS (SELECT 1 FROM pg_timezone_names() WHERE name = $zone) AS ok
