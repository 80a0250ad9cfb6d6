-- Alerts (src/lib/server/insights/alerts.ts) of every alert metric at once: each metric's
-- weekly items, numerator and denominator overall, per client and per team (the scopes asked
-- for), from $from (12 weeks before the period) to $to. The counts are sums of the per-day
-- counts of each metric's parts ({{metric_days}}: the stored daily summary or counted now,
-- filled in by src/lib/server/metric-days.ts); a day in the reporting zone lies in one week,
-- which starts on Monday as the trend charts' do. A group with no item of a metric
-- (<metric>_items = 0) is not one of that metric's. The metrics not asked for are counted too:
-- from the summary they cost nothing.
WITH fine AS (
    SELECT date_trunc('week', day) AS starts, client, team,
           sum(fcr_items) AS fcr_i, sum(fcr_numerator) AS fcr_n, sum(fcr_denominator) AS fcr_d,
           sum(csat_items) AS csat_i, sum(csat_numerator) AS csat_n, sum(csat_denominator) AS csat_d,
           sum(sla_items) AS sla_i, sum(sla_numerator) AS sla_n, sum(sla_denominator) AS sla_d,
           sum(volume_items) AS volume_i, sum(volume_numerator) AS volume_n, sum(volume_denominator) AS volume_d
    FROM {{metric_days}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
)
SELECT strftime(starts, '%Y-%m-%d') AS week, scope, key, fcr_items, fcr_numerator, fcr_denominator, csat_items, csat_numerator, csat_denominator, sla_items, sla_numerator, sla_denominator, volume_items, volume_numerator, volume_denominator
FROM (
    -- Filled by alerts.ts from its allow-list of scopes, one grouping set per scope asked for.
    SELECT starts,
           {{scope}} AS scope,
           {{key}} AS key,
           sum(fcr_i)::INTEGER AS fcr_items, sum(fcr_n)::INTEGER AS fcr_numerator, sum(fcr_d)::INTEGER AS fcr_denominator,
           sum(csat_i)::INTEGER AS csat_items, sum(csat_n)::INTEGER AS csat_numerator, sum(csat_d)::INTEGER AS csat_denominator,
           sum(sla_i)::INTEGER AS sla_items, sum(sla_n)::INTEGER AS sla_numerator, sum(sla_d)::INTEGER AS sla_denominator,
           sum(volume_i)::INTEGER AS volume_items, sum(volume_n)::INTEGER AS volume_numerator, sum(volume_d)::INTEGER AS volume_denominator
    FROM fine
    GROUP BY GROUPING SETS ({{grouping_sets}})
)
