-- The stored drivers' counts a view reads: driver_days (over all clients) with no client filter,
-- or the client's own rows of client_driver_days (without their client column) with one
-- (insights/driver_groups_stored.sql; src/lib/server/insights/drivers.ts decides when they answer).
CREATE OR REPLACE MACRO stored_driver_days(p_client) AS TABLE
SELECT * FROM driver_days WHERE p_client IS NULL
UNION ALL BY NAME
SELECT * EXCLUDE (client) FROM client_driver_days WHERE client = p_client
