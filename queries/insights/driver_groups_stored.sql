-- Drivers (src/lib/server/insights/drivers.ts) of every driver metric, as
-- insights/driver_groups.sql gives them, read from the stored drivers' summary (driver_days):
-- what drivers.ts runs when that summary is up to date and the view has no filter, so that
-- both periods are summed from a few hundred rows a day. $previous_from..$to spans both periods.
SELECT day >= CAST($from AS DATE) AS is_current,
       dimension,
       key,
       sum(fcr_items)::INTEGER AS fcr_items, sum(fcr_numerator)::INTEGER AS fcr_numerator, sum(fcr_denominator)::INTEGER AS fcr_denominator,
       sum(csat_items)::INTEGER AS csat_items, sum(csat_numerator)::INTEGER AS csat_numerator, sum(csat_denominator)::INTEGER AS csat_denominator,
       sum(sla_items)::INTEGER AS sla_items, sum(sla_numerator)::INTEGER AS sla_numerator, sum(sla_denominator)::INTEGER AS sla_denominator,
       sum(repeat_contacts_items)::INTEGER AS repeat_contacts_items, sum(repeat_contacts_numerator)::INTEGER AS repeat_contacts_numerator, sum(repeat_contacts_denominator)::INTEGER AS repeat_contacts_denominator,
       sum(change_caused_items)::INTEGER AS change_caused_items, sum(change_caused_numerator)::INTEGER AS change_caused_numerator, sum(change_caused_denominator)::INTEGER AS change_caused_denominator,
       sum(reopen_rate_items)::INTEGER AS reopen_rate_items, sum(reopen_rate_numerator)::INTEGER AS reopen_rate_numerator, sum(reopen_rate_denominator)::INTEGER AS reopen_rate_denominator,
       sum(reassignment_rate_items)::INTEGER AS reassignment_rate_items, sum(reassignment_rate_numerator)::INTEGER AS reassignment_rate_numerator, sum(reassignment_rate_denominator)::INTEGER AS reassignment_rate_denominator,
       sum(volume_items)::INTEGER AS volume_items, sum(volume_numerator)::INTEGER AS volume_numerator, sum(volume_denominator)::INTEGER AS volume_denominator
FROM driver_days
WHERE day >= CAST($previous_from AS DATE) AND day < CAST($to AS DATE)
  AND list_contains($dimensions, dimension)
GROUP BY ALL
