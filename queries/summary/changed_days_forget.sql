-- The recorded changed days, once the summaries are rebuilt from them (or whole).
DROP TABLE IF EXISTS changed_days
