-- Rebuilding the changed days only: their rows of driver_days go first.
DELETE FROM driver_days WHERE day IN (SELECT day FROM changed_days)
