-- Alerts per team only (the Team view's trend): weekly_groups_all.sql's weekly items, numerator
-- and denominator of every alert metric for its `team` scope alone, the same rows it gives for
-- that scope; src/lib/server/insights/alerts.ts picks this file when only team alerts are asked
-- for. Each grouping set is a pass of its own over the items: the overall and per-client ones
-- were two thirds of the work, thrown away. A metric not in `metrics` counts 0 (see weekly_groups_all.sql).
WITH slots AS (
    SELECT * FROM trend_slots($from, $to, 'week')
),
items AS (
    SELECT occurred_at, team,
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
)
SELECT strftime(starts, '%Y-%m-%d') AS week, 'team' AS scope, team AS key,
       count_if(fcr_i)::INTEGER AS fcr_items, count_if(fcr_n)::INTEGER AS fcr_numerator, count_if(fcr_d)::INTEGER AS fcr_denominator,
       count_if(csat_i)::INTEGER AS csat_items, count_if(csat_n)::INTEGER AS csat_numerator, count_if(csat_d)::INTEGER AS csat_denominator,
       count_if(sla_i)::INTEGER AS sla_items, count_if(sla_n)::INTEGER AS sla_numerator, count_if(sla_d)::INTEGER AS sla_denominator,
       count_if(volume_i)::INTEGER AS volume_items, count_if(volume_n)::INTEGER AS volume_numerator, count_if(volume_d)::INTEGER AS volume_denominator
FROM p
GROUP BY starts, team
