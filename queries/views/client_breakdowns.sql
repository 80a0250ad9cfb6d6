-- The Clients view: every client on its six metrics, the period and the previous one, in one
-- scan of ticket_metric_parts (the columns each parts_<metric> macro picks: <metric>_item,
-- _num, _den, _excluded) instead of a breakdown per metric: per metric and client the numbers
-- metrics/parts_breakdown_paired.sql gives (a client with no item of a metric,
-- <metric>_items = 0, is not in that metric's breakdown). Rows come in the volume breakdown's order.
WITH p AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current, client,
           coalesce(volume_item, false)::INTEGER AS volume_i, coalesce(volume_item AND volume_num AND volume_den, false)::INTEGER AS volume_n, coalesce(volume_item AND volume_den, false)::INTEGER AS volume_d, coalesce(volume_item AND volume_excluded IS NOT NULL, false)::INTEGER AS volume_x,
           coalesce(fcr_item, false)::INTEGER AS fcr_i, coalesce(fcr_item AND fcr_num AND fcr_den, false)::INTEGER AS fcr_n, coalesce(fcr_item AND fcr_den, false)::INTEGER AS fcr_d, coalesce(fcr_item AND fcr_excluded IS NOT NULL, false)::INTEGER AS fcr_x,
           coalesce(csat_item, false)::INTEGER AS csat_i, coalesce(csat_item AND csat_num AND csat_den, false)::INTEGER AS csat_n, coalesce(csat_item AND csat_den, false)::INTEGER AS csat_d, coalesce(csat_item AND csat_excluded IS NOT NULL, false)::INTEGER AS csat_x,
           coalesce(sla_item, false)::INTEGER AS sla_i, coalesce(sla_item AND sla_num AND sla_den, false)::INTEGER AS sla_n, coalesce(sla_item AND sla_den, false)::INTEGER AS sla_d, coalesce(sla_item AND sla_excluded IS NOT NULL, false)::INTEGER AS sla_x,
           coalesce(repeat_contacts_item, false)::INTEGER AS repeat_contacts_i, coalesce(repeat_contacts_item AND repeat_contacts_num AND repeat_contacts_den, false)::INTEGER AS repeat_contacts_n, coalesce(repeat_contacts_item AND repeat_contacts_den, false)::INTEGER AS repeat_contacts_d, coalesce(repeat_contacts_item AND repeat_contacts_excluded IS NOT NULL, false)::INTEGER AS repeat_contacts_x,
           coalesce(change_caused_item, false)::INTEGER AS change_caused_i, coalesce(change_caused_item AND change_caused_num AND change_caused_den, false)::INTEGER AS change_caused_n, coalesce(change_caused_item AND change_caused_den, false)::INTEGER AS change_caused_d, coalesce(change_caused_item AND change_caused_excluded IS NOT NULL, false)::INTEGER AS change_caused_x
    FROM ticket_metric_parts($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
)
SELECT is_current, client AS key,
       sum(volume_i)::INTEGER AS volume_items, sum(volume_n)::INTEGER AS volume_numerator, sum(volume_d)::INTEGER AS volume_denominator, sum(volume_x)::INTEGER AS volume_excluded,
       sum(fcr_i)::INTEGER AS fcr_items, sum(fcr_n)::INTEGER AS fcr_numerator, sum(fcr_d)::INTEGER AS fcr_denominator, sum(fcr_x)::INTEGER AS fcr_excluded,
       sum(csat_i)::INTEGER AS csat_items, sum(csat_n)::INTEGER AS csat_numerator, sum(csat_d)::INTEGER AS csat_denominator, sum(csat_x)::INTEGER AS csat_excluded,
       sum(sla_i)::INTEGER AS sla_items, sum(sla_n)::INTEGER AS sla_numerator, sum(sla_d)::INTEGER AS sla_denominator, sum(sla_x)::INTEGER AS sla_excluded,
       sum(repeat_contacts_i)::INTEGER AS repeat_contacts_items, sum(repeat_contacts_n)::INTEGER AS repeat_contacts_numerator, sum(repeat_contacts_d)::INTEGER AS repeat_contacts_denominator, sum(repeat_contacts_x)::INTEGER AS repeat_contacts_excluded,
       sum(change_caused_i)::INTEGER AS change_caused_items, sum(change_caused_n)::INTEGER AS change_caused_numerator, sum(change_caused_d)::INTEGER AS change_caused_denominator, sum(change_caused_x)::INTEGER AS change_caused_excluded
FROM p
GROUP BY is_current, client
ORDER BY volume_denominator DESC, key NULLS LAST
