-- Rebuilding the changed days only: their rows of driver_client_days go first.
DELETE FROM driver_client_days WHERE day IN (SELECT day FROM changed_days)
