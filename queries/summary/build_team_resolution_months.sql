-- The stored Team resolution-time bins: the resolution time's items per month, team, agent and bin
-- over all tickets (summary/setup/9f_ticket_resolution_bins_by_team_month.sql), in month order.
CREATE OR REPLACE TABLE team_resolution_months AS
SELECT *
FROM ticket_resolution_bins_by_team_month('-infinity', 'infinity')
ORDER BY month, team, agent, bin
