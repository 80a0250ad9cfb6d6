-- Alerts (src/lib/server/insights/alerts.ts) of every alert metric at once: each metric's
-- weekly items, numerator and denominator overall, per client and per team (the scopes asked for), from $from (12
-- weeks before the period) to $to, in one scan of ticket_metric_parts (the columns each
-- parts_<metric> macro picks: <metric>_item, _num, _den); a group with no item of a metric
-- (<metric>_items = 0) is not one of that metric's (count_if of boolean columns: cheaper than
-- filtered counts or sums of 0/1 integers). Weeks start on Monday in the reporting
-- zone, as the trend charts' do; an item's week comes from its 15-minute slot, as in
-- metrics/parts_trend.sql (with the same fallback to the item's own date_trunc). A metric not
-- in `metrics` counts 0: its CASE skips its parts' work (the Team trend asks for one of four).
WITH slots AS (
    SELECT * FROM trend_slots($from, $to, 'week')
),
items AS (
    SELECT occurred_at, client, team,
           CASE WHEN list_contains($metrics, 'fcr') THEN fcr_item END AS fcr_i, CASE WHEN list_contains($metrics, 'fcr') THEN fcr_item AND fcr_num AND fcr_den END AS fcr_n, CASE WHEN list_contains($metrics, 'fcr') THEN fcr_item AND fcr_den END AS fcr_d,
           CASE WHEN list_contains($metrics, 'csat') THEN csat_item END AS csat_i, CASE WHEN list_contains($metrics, 'csat') THEN csat_item AND csat_num AND csat_den END AS csat_n, CASE WHEN list_contains($metrics, 'csat') THEN csat_item AND csat_den END AS csat_d,
           CASE WHEN list_contains($metrics, 'sla') THEN sla_item END AS sla_i, CASE WHEN list_contains($metrics, 'sla') THEN sla_item AND sla_num AND sla_den END AS sla_n, CASE WHEN list_contains($metrics, 'sla') THEN sla_item AND sla_den END AS sla_d,
           CASE WHEN list_contains($metrics, 'volume') THEN volume_item END AS volume_i, CASE WHEN list_contains($metrics, 'volume') THEN volume_item AND volume_num AND volume_den END AS volume_n, CASE WHEN list_contains($metrics, 'volume') THEN volume_item AND volume_den END AS volume_d,
           trend_slot(occurred_at) AS slot
    FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
),
p AS (
    SELECT CASE WHEN s.whole THEN s.starts ELSE date_trunc('week', i.occurred_at) END AS starts, i.* EXCLUDE (occurred_at, slot)
    FROM items i LEFT JOIN slots s USING (slot)
),
-- Summed per week, client and team first: the three groupings below then read a few thousand
-- rows, not every ticket three times (12m at 1M: 277 -> 262 ms CPU).
fine AS (
    SELECT starts, client, team,
           count_if(fcr_i) AS fcr_i, count_if(fcr_n) AS fcr_n, count_if(fcr_d) AS fcr_d,
           count_if(csat_i) AS csat_i, count_if(csat_n) AS csat_n, count_if(csat_d) AS csat_d,
           count_if(sla_i) AS sla_i, count_if(sla_n) AS sla_n, count_if(sla_d) AS sla_d,
           count_if(volume_i) AS volume_i, count_if(volume_n) AS volume_n, count_if(volume_d) AS volume_d
    FROM p
    GROUP BY starts, client, team
)
SELECT strftime(starts, '%Y-%m-%d') AS week, scope, key, fcr_items, fcr_numerator, fcr_denominator, csat_items, csat_numerator, csat_denominator, sla_items, sla_numerator, sla_denominator, volume_items, volume_numerator, volume_denominator
FROM (
    -- Filled by alerts.ts from its allow-list of scopes, one grouping set per scope asked for
    -- (the Team trend asks for teams alone: the overall and per-client sets were two thirds of the work).
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
