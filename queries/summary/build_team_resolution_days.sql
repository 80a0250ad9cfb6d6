-- The stored per-team and per-agent resolution-time bins over all tickets
-- (summary/setup/9f_ticket_team_resolution_bins_by_day.sql), in day order so a period reads only
-- its own row groups.
CREATE OR REPLACE TABLE team_resolution_days AS
SELECT *
FROM ticket_team_resolution_bins_by_day('-infinity', 'infinity')
ORDER BY day, team, agent, bin
