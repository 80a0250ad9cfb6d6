-- Alerts per team only (the Team view's trend): weekly_groups_all.sql's weekly items, numerator
-- and denominator of every alert metric for its `team` scope alone, the same rows it gives for
-- that scope; src/lib/server/insights/alerts.ts picks this file when only team alerts are asked
-- for. Each grouping set is a pass of its own over the items: the overall and per-client ones
-- were two thirds of the work, thrown away. A metric not in `metrics` is NULL (see weekly_groups_all.sql).
WITH slots AS (
    SELECT * FROM trend_slots($from, $to, 'week')
),
items AS (
    SELECT occurred_at, team,
           CASE WHEN list_contains($metrics, 'fcr') THEN coalesce(fcr_item, false)::INTEGER END AS fcr_i, CASE WHEN list_contains($metrics, 'fcr') THEN coalesce(fcr_item AND fcr_num AND fcr_den, false)::INTEGER END AS fcr_n, CASE WHEN list_contains($metrics, 'fcr') THEN coalesce(fcr_item AND fcr_den, false)::INTEGER END AS fcr_d,
           CASE WHEN list_contains($metrics, 'csat') THEN coalesce(csat_item, false)::INTEGER END AS csat_i, CASE WHEN list_contains($metrics, 'csat') THEN coalesce(csat_item AND csat_num AND csat_den, false)::INTEGER END AS csat_n, CASE WHEN list_contains($metrics, 'csat') THEN coalesce(csat_item AND csat_den, false)::INTEGER END AS csat_d,
           CASE WHEN list_contains($metrics, 'sla') THEN coalesce(sla_item, false)::INTEGER END AS sla_i, CASE WHEN list_contains($metrics, 'sla') THEN coalesce(sla_item AND sla_num AND sla_den, false)::INTEGER END AS sla_n, CASE WHEN list_contains($metrics, 'sla') THEN coalesce(sla_item AND sla_den, false)::INTEGER END AS sla_d,
           CASE WHEN list_contains($metrics, 'volume') THEN coalesce(volume_item, false)::INTEGER END AS volume_i, CASE WHEN list_contains($metrics, 'volume') THEN coalesce(volume_item AND volume_num AND volume_den, false)::INTEGER END AS volume_n, CASE WHEN list_contains($metrics, 'volume') THEN coalesce(volume_item AND volume_den, false)::INTEGER END AS volume_d,
           trend_slot(occurred_at) AS slot
    FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
),
p AS (
    SELECT CASE WHEN s.whole THEN s.starts ELSE date_trunc('week', i.occurred_at) END AS starts, i.* EXCLUDE (occurred_at, slot)
    FROM items i LEFT JOIN slots s USING (slot)
)
SELECT strftime(starts, '%Y-%m-%d') AS week, 'team' AS scope, team AS key,
       sum(fcr_i)::INTEGER AS fcr_items, sum(fcr_n)::INTEGER AS fcr_numerator, sum(fcr_d)::INTEGER AS fcr_denominator,
       sum(csat_i)::INTEGER AS csat_items, sum(csat_n)::INTEGER AS csat_numerator, sum(csat_d)::INTEGER AS csat_denominator,
       sum(sla_i)::INTEGER AS sla_items, sum(sla_n)::INTEGER AS sla_numerator, sum(sla_d)::INTEGER AS sla_denominator,
       sum(volume_i)::INTEGER AS volume_items, sum(volume_n)::INTEGER AS volume_numerator, sum(volume_d)::INTEGER AS volume_denominator
FROM p
GROUP BY starts, team
