-- Whether the write just made on this connection recorded the days it changed (import/changed_days.sql).
SELECT count(*) > 0 AS recorded FROM duckdb_tables() WHERE temporary AND table_name = 'changed_days'
