-- How many resolution times the Team view's median and p90 sort for both periods
-- ($previous_from..$to), from the stored Team summary (team_days): views/team.ts decides from it
-- whether to find them from the stored bins (many items) or with quantile_cont (few).
SELECT coalesce(sum(resolution_time_denominator), 0)::INTEGER AS items
FROM team_days
WHERE day >= CAST($previous_from AS DATE) AND day < CAST($to AS DATE)
  AND ($team IS NULL OR team = $team)
  AND ($agent IS NULL OR agent = $agent)
