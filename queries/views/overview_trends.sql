-- The Overview's weekly series of seven KPIs: per bucket the numbers metrics/parts_trend.sql
-- gives each metric, every bucket of the period, empty ones too. The counts are sums of the
-- per-day counts of each metric's parts ({{metric_days}}: the stored daily summary or counted
-- now, filled in by src/lib/server/metric-days.ts); the resolution time's median and p90 are
-- exact quantiles of its own items (summary/setup/resolution_time_buckets_*.sql).
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
-- The resolution time's exact median and p90 per bucket ({{resolution_time_buckets}}: from the
-- stored bins or counted now, filled in by src/lib/server/metric-days.ts).
spread AS (
    SELECT bucket, median, p90
    FROM {{resolution_time_buckets}}($from, $to, $grain, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
)
SELECT b.bucket,
       coalesce(c.fcr_numerator, 0) AS fcr_numerator, coalesce(c.fcr_denominator, 0) AS fcr_denominator, coalesce(c.fcr_excluded, 0) AS fcr_excluded,
       coalesce(c.csat_numerator, 0) AS csat_numerator, coalesce(c.csat_denominator, 0) AS csat_denominator, coalesce(c.csat_excluded, 0) AS csat_excluded,
       coalesce(c.repeat_contacts_numerator, 0) AS repeat_contacts_numerator, coalesce(c.repeat_contacts_denominator, 0) AS repeat_contacts_denominator, coalesce(c.repeat_contacts_excluded, 0) AS repeat_contacts_excluded,
       coalesce(c.change_caused_numerator, 0) AS change_caused_numerator, coalesce(c.change_caused_denominator, 0) AS change_caused_denominator, coalesce(c.change_caused_excluded, 0) AS change_caused_excluded,
       coalesce(c.sla_numerator, 0) AS sla_numerator, coalesce(c.sla_denominator, 0) AS sla_denominator, coalesce(c.sla_excluded, 0) AS sla_excluded,
       coalesce(c.resolution_time_numerator, 0) AS resolution_time_numerator, coalesce(c.resolution_time_denominator, 0) AS resolution_time_denominator, coalesce(c.resolution_time_excluded, 0) AS resolution_time_excluded,
       coalesce(c.volume_numerator, 0) AS volume_numerator, coalesce(c.volume_denominator, 0) AS volume_denominator, coalesce(c.volume_excluded, 0) AS volume_excluded,
       s.median AS resolution_time_median, s.p90 AS resolution_time_p90
FROM buckets b
LEFT JOIN counts c USING (bucket)
LEFT JOIN spread s USING (bucket)
ORDER BY b.bucket
