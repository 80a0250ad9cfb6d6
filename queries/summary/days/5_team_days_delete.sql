-- Rebuilding the changed days only: their rows of team_days go first.
DELETE FROM team_days WHERE day IN (SELECT day FROM changed_days)
