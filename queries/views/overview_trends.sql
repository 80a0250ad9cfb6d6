-- The Overview's weekly series of seven KPIs: per bucket the numbers metrics/parts_trend.sql
-- gives each metric, every bucket of the period, empty ones too. The counts are sums of the
-- per-day counts of each metric's parts ({{metric_days}}: the stored daily summary or counted
-- now, filled in by src/lib/server/metric-days.ts); the resolution time's median and p90 are
-- exact quantiles of its own items (ticket_metric_parts), bucketed by their 15-minute slots.
-- ($grain is checked by the caller.)
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
counts AS (
    SELECT strftime(date_trunc($grain, day), '%Y-%m-%d') AS bucket,
           sum(fcr_numerator)::INTEGER AS fcr_numerator, sum(fcr_denominator)::INTEGER AS fcr_denominator, sum(fcr_excluded)::INTEGER AS fcr_excluded,
           sum(csat_numerator)::INTEGER AS csat_numerator, sum(csat_denominator)::INTEGER AS csat_denominator, sum(csat_excluded)::INTEGER AS csat_excluded,
           sum(repeat_contacts_numerator)::INTEGER AS repeat_contacts_numerator, sum(repeat_contacts_denominator)::INTEGER AS repeat_contacts_denominator, sum(repeat_contacts_excluded)::INTEGER AS repeat_contacts_excluded,
           sum(change_caused_numerator)::INTEGER AS change_caused_numerator, sum(change_caused_denominator)::INTEGER AS change_caused_denominator, sum(change_caused_excluded)::INTEGER AS change_caused_excluded,
           sum(sla_numerator)::INTEGER AS sla_numerator, sum(sla_denominator)::INTEGER AS sla_denominator, sum(sla_excluded)::INTEGER AS sla_excluded,
           sum(resolution_time_numerator)::INTEGER AS resolution_time_numerator, sum(resolution_time_denominator)::INTEGER AS resolution_time_denominator, sum(resolution_time_excluded)::INTEGER AS resolution_time_excluded,
           sum(volume_numerator)::INTEGER AS volume_numerator, sum(volume_denominator)::INTEGER AS volume_denominator, sum(volume_excluded)::INTEGER AS volume_excluded
    FROM {{metric_days}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
slots AS (
    SELECT * FROM trend_slots($from, $to, $grain)
),
resolutions AS (
    SELECT occurred_at, resolution_time_value, trend_slot(occurred_at) AS slot
    FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
    WHERE resolution_time_item AND resolution_time_den
),
spread AS (
    -- Grouped by the bucket's start and only then written as text: strftime of every item's
    -- zoned instant was two thirds of this query (12 months at 1M: 250 -> 105 ms).
    SELECT strftime(starts, '%Y-%m-%d') AS bucket, resolution_time_quantiles
    FROM (
        SELECT CASE WHEN s.whole THEN s.starts ELSE date_trunc($grain, r.occurred_at) END AS starts,
               -- Both quantiles from one sort of the week's values.
               quantile_cont(r.resolution_time_value, [0.5, 0.9]) AS resolution_time_quantiles
        FROM resolutions r LEFT JOIN slots s USING (slot)
        GROUP BY ALL
    )
)
SELECT b.bucket,
       coalesce(c.fcr_numerator, 0) AS fcr_numerator, coalesce(c.fcr_denominator, 0) AS fcr_denominator, coalesce(c.fcr_excluded, 0) AS fcr_excluded,
       coalesce(c.csat_numerator, 0) AS csat_numerator, coalesce(c.csat_denominator, 0) AS csat_denominator, coalesce(c.csat_excluded, 0) AS csat_excluded,
       coalesce(c.repeat_contacts_numerator, 0) AS repeat_contacts_numerator, coalesce(c.repeat_contacts_denominator, 0) AS repeat_contacts_denominator, coalesce(c.repeat_contacts_excluded, 0) AS repeat_contacts_excluded,
       coalesce(c.change_caused_numerator, 0) AS change_caused_numerator, coalesce(c.change_caused_denominator, 0) AS change_caused_denominator, coalesce(c.change_caused_excluded, 0) AS change_caused_excluded,
       coalesce(c.sla_numerator, 0) AS sla_numerator, coalesce(c.sla_denominator, 0) AS sla_denominator, coalesce(c.sla_excluded, 0) AS sla_excluded,
       coalesce(c.resolution_time_numerator, 0) AS resolution_time_numerator, coalesce(c.resolution_time_denominator, 0) AS resolution_time_denominator, coalesce(c.resolution_time_excluded, 0) AS resolution_time_excluded,
       coalesce(c.volume_numerator, 0) AS volume_numerator, coalesce(c.volume_denominator, 0) AS volume_denominator, coalesce(c.volume_excluded, 0) AS volume_excluded,
       s.resolution_time_quantiles[1] AS resolution_time_median, s.resolution_time_quantiles[2] AS resolution_time_p90
FROM buckets b
LEFT JOIN counts c USING (bucket)
LEFT JOIN spread s USING (bucket)
ORDER BY b.bucket
