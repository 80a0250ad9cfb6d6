-- The Overview's weekly series of seven KPIs in one scan of ticket_metric_parts (the columns
-- each parts_<metric> macro picks: <metric>_item, _num, _den, _excluded, _value), per bucket the
-- numbers metrics/parts_trend.sql gives each metric: every bucket of the period, empty ones
-- too, with its buckets and 15-minute slots; the resolution time's median and p90 are exact
-- quantiles of its own items. ($grain is checked by the caller.)
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
slots AS (
    SELECT * FROM trend_slots($from, $to, $grain)
),
items AS (
    SELECT occurred_at,
           coalesce(fcr_item AND fcr_num AND fcr_den, false)::INTEGER AS fcr_n, coalesce(fcr_item AND fcr_den, false)::INTEGER AS fcr_d, coalesce(fcr_item AND fcr_excluded IS NOT NULL, false)::INTEGER AS fcr_x,
           coalesce(csat_item AND csat_num AND csat_den, false)::INTEGER AS csat_n, coalesce(csat_item AND csat_den, false)::INTEGER AS csat_d, coalesce(csat_item AND csat_excluded IS NOT NULL, false)::INTEGER AS csat_x,
           coalesce(repeat_contacts_item AND repeat_contacts_num AND repeat_contacts_den, false)::INTEGER AS repeat_contacts_n, coalesce(repeat_contacts_item AND repeat_contacts_den, false)::INTEGER AS repeat_contacts_d, coalesce(repeat_contacts_item AND repeat_contacts_excluded IS NOT NULL, false)::INTEGER AS repeat_contacts_x,
           coalesce(change_caused_item AND change_caused_num AND change_caused_den, false)::INTEGER AS change_caused_n, coalesce(change_caused_item AND change_caused_den, false)::INTEGER AS change_caused_d, coalesce(change_caused_item AND change_caused_excluded IS NOT NULL, false)::INTEGER AS change_caused_x,
           coalesce(sla_item AND sla_num AND sla_den, false)::INTEGER AS sla_n, coalesce(sla_item AND sla_den, false)::INTEGER AS sla_d, coalesce(sla_item AND sla_excluded IS NOT NULL, false)::INTEGER AS sla_x,
           coalesce(resolution_time_item AND resolution_time_num AND resolution_time_den, false)::INTEGER AS resolution_time_n, coalesce(resolution_time_item AND resolution_time_den, false)::INTEGER AS resolution_time_d, coalesce(resolution_time_item AND resolution_time_excluded IS NOT NULL, false)::INTEGER AS resolution_time_x,
           coalesce(volume_item AND volume_num AND volume_den, false)::INTEGER AS volume_n, coalesce(volume_item AND volume_den, false)::INTEGER AS volume_d, coalesce(volume_item AND volume_excluded IS NOT NULL, false)::INTEGER AS volume_x,
           CASE WHEN resolution_time_item AND resolution_time_den THEN resolution_time_value END AS resolution_time_counted,
           trend_slot(occurred_at) AS slot
    FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
),
agg AS (
    SELECT
        CASE WHEN s.whole THEN s.starts ELSE date_trunc($grain, i.occurred_at) END AS starts,
        sum(fcr_n)::INTEGER AS fcr_numerator, sum(fcr_d)::INTEGER AS fcr_denominator, sum(fcr_x)::INTEGER AS fcr_excluded,
        sum(csat_n)::INTEGER AS csat_numerator, sum(csat_d)::INTEGER AS csat_denominator, sum(csat_x)::INTEGER AS csat_excluded,
        sum(repeat_contacts_n)::INTEGER AS repeat_contacts_numerator, sum(repeat_contacts_d)::INTEGER AS repeat_contacts_denominator, sum(repeat_contacts_x)::INTEGER AS repeat_contacts_excluded,
        sum(change_caused_n)::INTEGER AS change_caused_numerator, sum(change_caused_d)::INTEGER AS change_caused_denominator, sum(change_caused_x)::INTEGER AS change_caused_excluded,
        sum(sla_n)::INTEGER AS sla_numerator, sum(sla_d)::INTEGER AS sla_denominator, sum(sla_x)::INTEGER AS sla_excluded,
        sum(resolution_time_n)::INTEGER AS resolution_time_numerator, sum(resolution_time_d)::INTEGER AS resolution_time_denominator, sum(resolution_time_x)::INTEGER AS resolution_time_excluded,
        sum(volume_n)::INTEGER AS volume_numerator, sum(volume_d)::INTEGER AS volume_denominator, sum(volume_x)::INTEGER AS volume_excluded,
        -- Both quantiles from one sort of the week's values.
        quantile_cont(resolution_time_counted, [0.5, 0.9]) AS resolution_time_quantiles
    FROM items i LEFT JOIN slots s USING (slot)
    GROUP BY ALL
)
SELECT b.bucket,
       coalesce(a.fcr_numerator, 0) AS fcr_numerator, coalesce(a.fcr_denominator, 0) AS fcr_denominator, coalesce(a.fcr_excluded, 0) AS fcr_excluded,
       coalesce(a.csat_numerator, 0) AS csat_numerator, coalesce(a.csat_denominator, 0) AS csat_denominator, coalesce(a.csat_excluded, 0) AS csat_excluded,
       coalesce(a.repeat_contacts_numerator, 0) AS repeat_contacts_numerator, coalesce(a.repeat_contacts_denominator, 0) AS repeat_contacts_denominator, coalesce(a.repeat_contacts_excluded, 0) AS repeat_contacts_excluded,
       coalesce(a.change_caused_numerator, 0) AS change_caused_numerator, coalesce(a.change_caused_denominator, 0) AS change_caused_denominator, coalesce(a.change_caused_excluded, 0) AS change_caused_excluded,
       coalesce(a.sla_numerator, 0) AS sla_numerator, coalesce(a.sla_denominator, 0) AS sla_denominator, coalesce(a.sla_excluded, 0) AS sla_excluded,
       coalesce(a.resolution_time_numerator, 0) AS resolution_time_numerator, coalesce(a.resolution_time_denominator, 0) AS resolution_time_denominator, coalesce(a.resolution_time_excluded, 0) AS resolution_time_excluded,
       coalesce(a.volume_numerator, 0) AS volume_numerator, coalesce(a.volume_denominator, 0) AS volume_denominator, coalesce(a.volume_excluded, 0) AS volume_excluded,
       a.resolution_time_quantiles[1] AS resolution_time_median, a.resolution_time_quantiles[2] AS resolution_time_p90
FROM buckets b LEFT JOIN (SELECT strftime(starts, '%Y-%m-%d') AS bucket, * EXCLUDE (starts) FROM agg) a USING (bucket)
ORDER BY b.bucket
