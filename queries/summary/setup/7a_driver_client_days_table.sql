-- The drivers' summary per ticket client (6_ticket_metric_parts_by_driver_day.sql), whose sums
-- over the clients driver_days holds; filled by summary/build_driver_client_days.sql.
CREATE TABLE IF NOT EXISTS driver_client_days AS
SELECT *
FROM ticket_metric_parts_by_driver_client_day('-infinity', 'infinity')
LIMIT 0
