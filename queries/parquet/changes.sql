-- Changes of a Parquet export as the table the metric SQL reads (see parquet/tickets).
CREATE VIEW changes AS
SELECT * EXCLUDE (month) FROM read_parquet({{path}}, hive_partitioning = true)
