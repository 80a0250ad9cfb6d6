-- Whether the stored daily summary (metric_days) was built from the tickets, settings and
-- routines there are now.
SELECT coalesce(max(m.fingerprint) = any_value(f.fingerprint), false) AS fresh
FROM metric_days_fingerprint($routines) f
LEFT JOIN metric_days_state m ON true
