-- Whether the stored daily summary (metric_days) was built from the tickets, settings and
-- routines there are now, and the fingerprint it was built from (an import keeps it, to
-- rebuild only the days it changed when nothing else moved: src/lib/server/metric-days.ts).
SELECT coalesce(max(m.fingerprint) = any_value(f.fingerprint), false) AS fresh, max(m.fingerprint) AS built_from
FROM metric_days_fingerprint($routines) f
LEFT JOIN metric_days_state m ON true
