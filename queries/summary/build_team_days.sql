-- The stored Team summary: the Team view's metric parts per day, team and agent over all tickets
-- (summary/setup/8_ticket_metric_parts_by_team_day.sql), in day order so a period reads only its
-- own row groups.
CREATE OR REPLACE TABLE team_days AS
SELECT *
FROM ticket_metric_parts_by_team_day('-infinity', 'infinity')
ORDER BY day, team, agent
