-- Tickets of a Parquet export as the table the metric SQL reads: {{path}} is the glob of its
-- month folders; the partition key is left out, so the columns are the table's own.
CREATE VIEW tickets AS
SELECT * EXCLUDE (month) FROM read_parquet({{path}}, hive_partitioning = true)
