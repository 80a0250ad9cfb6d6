-- The metric settings of a Parquet export as a table.
CREATE VIEW settings AS
SELECT * FROM read_parquet({{path}})
