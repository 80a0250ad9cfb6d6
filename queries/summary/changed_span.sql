-- The recorded changed days (import/changed_days.sql): [from_day, to_day) spans them; whether
-- the summaries were built from the state before the write ($since, their fingerprint then),
-- and how many days they hold.
SELECT coalesce((SELECT max(fingerprint) FROM metric_days_state) = $since, false) AS built_before,
       strftime(min(day), '%Y-%m-%d') AS from_day,
       strftime(max(day) + 1, '%Y-%m-%d') AS to_day,
       count(*)::INTEGER AS days,
       (SELECT count(DISTINCT day) FROM metric_days)::INTEGER AS stored_days
FROM changed_days
