-- Rebuilding the changed days only: their rows of client_driver_days go first.
DELETE FROM client_driver_days WHERE day IN (SELECT day FROM changed_days)
