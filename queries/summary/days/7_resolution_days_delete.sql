-- Rebuilding the changed days only: their rows of resolution_days go first.
DELETE FROM resolution_days WHERE day IN (SELECT day FROM changed_days)
