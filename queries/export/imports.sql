-- The import history as one Parquet file: the metrics read which FCR criteria each file carried.
COPY (SELECT * FROM imports ORDER BY import_id) TO {{path}} (FORMAT parquet)
