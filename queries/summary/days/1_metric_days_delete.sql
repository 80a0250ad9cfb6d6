-- Rebuilding the changed days only (src/lib/server/metric-days.ts): their rows of metric_days go first.
DELETE FROM metric_days WHERE day IN (SELECT day FROM changed_days)
