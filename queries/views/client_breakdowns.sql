-- The Clients view: every client on its six metrics, the period and the previous one, summed
-- from the per-day counts of each metric's parts ({{metric_days}}: the stored daily summary or
-- counted now, filled in by src/lib/server/metric-days.ts): per metric and client the numbers
-- metrics/parts_breakdown_paired.sql gives (a client with no item of a metric,
-- <metric>_items = 0, is not in that metric's breakdown). Rows come in the volume breakdown's order.
SELECT day >= CAST($from AS DATE) AS is_current, client AS key,
       sum(volume_items)::INTEGER AS volume_items, sum(volume_numerator)::INTEGER AS volume_numerator, sum(volume_denominator)::INTEGER AS volume_denominator, sum(volume_excluded)::INTEGER AS volume_excluded,
       sum(fcr_items)::INTEGER AS fcr_items, sum(fcr_numerator)::INTEGER AS fcr_numerator, sum(fcr_denominator)::INTEGER AS fcr_denominator, sum(fcr_excluded)::INTEGER AS fcr_excluded,
       sum(csat_items)::INTEGER AS csat_items, sum(csat_numerator)::INTEGER AS csat_numerator, sum(csat_denominator)::INTEGER AS csat_denominator, sum(csat_excluded)::INTEGER AS csat_excluded,
       sum(sla_items)::INTEGER AS sla_items, sum(sla_numerator)::INTEGER AS sla_numerator, sum(sla_denominator)::INTEGER AS sla_denominator, sum(sla_excluded)::INTEGER AS sla_excluded,
       sum(repeat_contacts_items)::INTEGER AS repeat_contacts_items, sum(repeat_contacts_numerator)::INTEGER AS repeat_contacts_numerator, sum(repeat_contacts_denominator)::INTEGER AS repeat_contacts_denominator, sum(repeat_contacts_excluded)::INTEGER AS repeat_contacts_excluded,
       sum(change_caused_items)::INTEGER AS change_caused_items, sum(change_caused_numerator)::INTEGER AS change_caused_numerator, sum(change_caused_denominator)::INTEGER AS change_caused_denominator, sum(change_caused_excluded)::INTEGER AS change_caused_excluded
FROM {{metric_days}}($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
GROUP BY is_current, client
ORDER BY volume_denominator DESC, key NULLS LAST
