-- A period's metric counts per day, client and team (ticket_metric_parts_by_day) counted from
-- the tickets now, for any filters: what {{metric_days}} becomes when the
-- stored summary cannot answer (src/lib/server/metric-days.ts).
CREATE OR REPLACE MACRO counted_metric_days(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT *
FROM ticket_metric_parts_by_day(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
