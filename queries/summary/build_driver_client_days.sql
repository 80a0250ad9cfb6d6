-- The stored drivers' summary per ticket client (summary/setup/6_ticket_metric_parts_by_driver_day.sql)
-- emptied, for src/lib/server/metric-days.ts to fill a month at a time
-- (summary/build_driver_client_days_month.sql). Before summary/build_driver_days.sql.
CREATE OR REPLACE TABLE driver_client_days AS
SELECT *
FROM ticket_metric_parts_by_driver_client_day('-infinity', 'infinity')
LIMIT 0
