-- No tickets: a partitioned COPY writes no file, so one empty file keeps the columns readable.
COPY (SELECT *, '' AS month FROM tickets LIMIT 0) TO {{path}} (FORMAT parquet)
