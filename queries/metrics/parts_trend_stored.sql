-- One rate's or count's trend as metrics/parts_trend.sql gives it (every bucket of the period,
-- empty ones too), summed from the stored daily summary (metric_days, per day, client and team):
-- what metric/report.ts trend() runs for the metrics that summary holds when it answers (up to
-- date, no filter but client and team). A summary day is a reporting-zone day, so it lies in one
-- bucket. $metric is checked by the caller and picks its columns by CASE, so no identifier is
-- built from input; a duration's median and p90 need the tickets and are not asked here.
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
agg AS (
    SELECT strftime(date_trunc($grain, day), '%Y-%m-%d') AS bucket,
           sum(CASE $metric WHEN 'volume' THEN volume_numerator WHEN 'fcr' THEN fcr_numerator WHEN 'repeat_contacts' THEN repeat_contacts_numerator WHEN 'change_caused' THEN change_caused_numerator WHEN 'change_suspected' THEN change_suspected_numerator WHEN 'change_linked' THEN change_linked_numerator WHEN 'csat' THEN csat_numerator WHEN 'sla' THEN sla_numerator END)::INTEGER AS numerator,
           sum(CASE $metric WHEN 'volume' THEN volume_denominator WHEN 'fcr' THEN fcr_denominator WHEN 'repeat_contacts' THEN repeat_contacts_denominator WHEN 'change_caused' THEN change_caused_denominator WHEN 'change_suspected' THEN change_suspected_denominator WHEN 'change_linked' THEN change_linked_denominator WHEN 'csat' THEN csat_denominator WHEN 'sla' THEN sla_denominator END)::INTEGER AS denominator,
           sum(CASE $metric WHEN 'volume' THEN volume_excluded WHEN 'fcr' THEN fcr_excluded WHEN 'repeat_contacts' THEN repeat_contacts_excluded WHEN 'change_caused' THEN change_caused_excluded WHEN 'change_suspected' THEN change_suspected_excluded WHEN 'change_linked' THEN change_linked_excluded WHEN 'csat' THEN csat_excluded WHEN 'sla' THEN sla_excluded END)::INTEGER AS excluded
    FROM stored_metric_days($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
)
SELECT b.bucket, coalesce(a.numerator, 0) AS numerator, coalesce(a.denominator, 0) AS denominator,
       coalesce(a.excluded, 0) AS excluded, NULL::DOUBLE AS median, NULL::DOUBLE AS p90, NULL::DOUBLE AS mean
FROM buckets b LEFT JOIN agg a USING (bucket)
ORDER BY b.bucket
