-- The import history of a Parquet export (its FCR criteria per file) as a table.
CREATE VIEW imports AS
SELECT * FROM read_parquet({{path}})
