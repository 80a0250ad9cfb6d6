-- The stored changes as Parquet, one folder per month they started (actually, else as
-- planned, else when they ended); a change with no date at all goes to month=undated.
COPY (
    SELECT *,
           coalesce(strftime(coalesce(actual_start, planned_start, actual_end, planned_end), '%Y-%m'), 'undated') AS month
    FROM changes
    ORDER BY change_id
) TO {{path}} (FORMAT parquet, PARTITION_BY (month))
