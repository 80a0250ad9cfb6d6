-- Rebuilding the changed days only: their rows of team_resolution_days go first.
DELETE FROM team_resolution_days WHERE day IN (SELECT day FROM changed_days)
