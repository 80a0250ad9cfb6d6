-- The metric settings as one Parquet file, so the folder computes as the database did.
COPY (SELECT * FROM settings ORDER BY key) TO {{path}} (FORMAT parquet)
