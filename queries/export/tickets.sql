-- The stored tickets as Parquet, one folder per month of created_at in the reporting zone
-- (month=YYYY-MM, the session's TimeZone); {{path}} is the folder, quoted by parquet-store.ts.
-- Sorted so each file's row groups cover narrow created_at ranges a period filter can skip.
COPY (
    SELECT *, strftime(created_at, '%Y-%m') AS month
    FROM tickets
    ORDER BY created_at, ticket_id
) TO {{path}} (FORMAT parquet, PARTITION_BY (month))
