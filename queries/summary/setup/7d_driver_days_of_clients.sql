-- driver_days_all's columns (7c_driver_days_for.sql) from the clients' own rows of
-- driver_client_days: those of the client filter and the allowed clients (NULL = any).
CREATE OR REPLACE MACRO driver_days_of_clients(p_from, p_to, p_client, p_allowed_clients) AS TABLE
SELECT * EXCLUDE (client)
FROM driver_client_days
WHERE day >= CAST(p_from AS DATE) AND day < CAST(p_to AS DATE)
  AND (p_client IS NULL OR client = p_client)
  AND (p_allowed_clients IS NULL OR list_contains(p_allowed_clients, client))
