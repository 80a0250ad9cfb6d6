-- The stored drivers' rows of [p_from, p_to) a view reads (insights/driver_groups_stored.sql's
-- {{driver_days}}, filled by src/lib/server/insights/drivers.ts): driver_days_all for no filter
-- and every client visible (a few hundred rows a day; the client arguments are NULL then),
-- driver_days_of_clients for a client filter or a list of clients, from their own rows of
-- driver_client_days, as scoped_tickets keeps their tickets (a ticket without a client in neither).
CREATE OR REPLACE MACRO driver_days_all(p_from, p_to, p_client, p_allowed_clients) AS TABLE
SELECT *
FROM driver_days
WHERE day >= CAST(p_from AS DATE) AND day < CAST(p_to AS DATE)
