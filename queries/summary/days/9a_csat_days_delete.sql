-- Rebuilding the changed days only: their rows of csat_days go first.
DELETE FROM csat_days WHERE day IN (SELECT day FROM changed_days)
