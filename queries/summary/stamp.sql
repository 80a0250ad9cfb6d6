-- Records what the daily summary was just built from.
CREATE OR REPLACE TABLE metric_days_state AS
SELECT fingerprint
FROM metric_days_fingerprint($routines)
