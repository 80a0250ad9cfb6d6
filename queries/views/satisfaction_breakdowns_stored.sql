-- The rows of views/satisfaction_breakdowns.sql summed from the stored drivers' summary
-- (driver_days' team, channel and client rows, whose keys cover every ticket once, a missing
-- value as NULL): what src/lib/server/views/satisfaction.ts runs when the view has no filter,
-- every client is visible and the summary is up to date. A CSAT item is excluded exactly when
-- it is not in the denominator (its score is on no known scale: ticket_metric_parts' csat_*
-- columns), so excluded = items - denominator. A key without CSAT items has no row.
SELECT day >= CAST($from AS DATE) AS is_current,
       dimension,
       key,
       sum(csat_numerator)::INTEGER AS numerator,
       sum(csat_denominator)::INTEGER AS denominator,
       (sum(csat_items) - sum(csat_denominator))::INTEGER AS excluded
FROM driver_days
WHERE dimension IN ('team', 'channel', 'client') AND day >= CAST($previous_from AS DATE) AND day < CAST($to AS DATE)
GROUP BY ALL
HAVING sum(csat_items) > 0
ORDER BY dimension, denominator DESC, key NULLS LAST
