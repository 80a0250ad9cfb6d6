-- No changes: a partitioned COPY writes no file, so one empty file keeps the columns readable.
COPY (SELECT *, '' AS month FROM changes LIMIT 0) TO {{path}} (FORMAT parquet)
