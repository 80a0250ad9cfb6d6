-- A period's metric counts per day (ticket_metric_parts_by_day's columns) read from the stored
-- daily summary (metric_days) for the client and team filters: what {{metric_days}} becomes
-- when the summary is up to date and no other filter is set (src/lib/server/metric-days.ts).
-- The other filters are taken, never set, so it is called as counted_metric_days is.
CREATE OR REPLACE MACRO stored_metric_days(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT *
FROM metric_days
WHERE day >= CAST(p_from AS DATE) AND day < CAST(p_to AS DATE)
  AND (p_client IS NULL OR client = p_client)
  AND (p_team IS NULL OR team = p_team)
  AND (p_allowed_clients IS NULL OR list_contains(p_allowed_clients, client))
