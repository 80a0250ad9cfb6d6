-- The stored resolution-time bins: the resolution time's items per day and bin over all tickets,
-- summed over the teams and agents from team_resolution_days (built just before it,
-- summary/build_team_resolution_days.sql; summary/setup/9b_ticket_resolution_bins_by_day.sql counts
-- the same from the tickets), in day order so a period reads only its own row groups.
CREATE OR REPLACE TABLE resolution_days AS
SELECT day, bin, sum(items)::INTEGER AS items
FROM team_resolution_days
GROUP BY day, bin
ORDER BY day, bin
