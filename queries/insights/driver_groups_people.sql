-- Drivers over team and agent only (the Team view's): driver_groups_all.sql's counts for those
-- two dimensions and nothing else, the same rows it gives for them; src/lib/server/insights/
-- drivers.ts picks this file when no other dimension is asked for. Each grouping set costs a
-- pass of its own over the tickets: the five the Team view never shows were 40% of its drivers.
-- A metric not in `metrics` is NULL (see driver_groups_all.sql).
WITH p AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current,
           team, agent,
           CASE WHEN list_contains($metrics, 'fcr') THEN coalesce(fcr_item, false)::INTEGER END AS fcr_i, CASE WHEN list_contains($metrics, 'fcr') THEN coalesce(fcr_item AND fcr_num AND fcr_den, false)::INTEGER END AS fcr_n, CASE WHEN list_contains($metrics, 'fcr') THEN coalesce(fcr_item AND fcr_den, false)::INTEGER END AS fcr_d,
           CASE WHEN list_contains($metrics, 'csat') THEN coalesce(csat_item, false)::INTEGER END AS csat_i, CASE WHEN list_contains($metrics, 'csat') THEN coalesce(csat_item AND csat_num AND csat_den, false)::INTEGER END AS csat_n, CASE WHEN list_contains($metrics, 'csat') THEN coalesce(csat_item AND csat_den, false)::INTEGER END AS csat_d,
           CASE WHEN list_contains($metrics, 'sla') THEN coalesce(sla_item, false)::INTEGER END AS sla_i, CASE WHEN list_contains($metrics, 'sla') THEN coalesce(sla_item AND sla_num AND sla_den, false)::INTEGER END AS sla_n, CASE WHEN list_contains($metrics, 'sla') THEN coalesce(sla_item AND sla_den, false)::INTEGER END AS sla_d,
           CASE WHEN list_contains($metrics, 'repeat_contacts') THEN coalesce(repeat_contacts_item, false)::INTEGER END AS repeat_contacts_i, CASE WHEN list_contains($metrics, 'repeat_contacts') THEN coalesce(repeat_contacts_item AND repeat_contacts_num AND repeat_contacts_den, false)::INTEGER END AS repeat_contacts_n, CASE WHEN list_contains($metrics, 'repeat_contacts') THEN coalesce(repeat_contacts_item AND repeat_contacts_den, false)::INTEGER END AS repeat_contacts_d,
           CASE WHEN list_contains($metrics, 'change_caused') THEN coalesce(change_caused_item, false)::INTEGER END AS change_caused_i, CASE WHEN list_contains($metrics, 'change_caused') THEN coalesce(change_caused_item AND change_caused_num AND change_caused_den, false)::INTEGER END AS change_caused_n, CASE WHEN list_contains($metrics, 'change_caused') THEN coalesce(change_caused_item AND change_caused_den, false)::INTEGER END AS change_caused_d,
           CASE WHEN list_contains($metrics, 'reopen_rate') THEN coalesce(reopen_rate_item, false)::INTEGER END AS reopen_rate_i, CASE WHEN list_contains($metrics, 'reopen_rate') THEN coalesce(reopen_rate_item AND reopen_rate_num AND reopen_rate_den, false)::INTEGER END AS reopen_rate_n, CASE WHEN list_contains($metrics, 'reopen_rate') THEN coalesce(reopen_rate_item AND reopen_rate_den, false)::INTEGER END AS reopen_rate_d,
           CASE WHEN list_contains($metrics, 'reassignment_rate') THEN coalesce(reassignment_rate_item, false)::INTEGER END AS reassignment_rate_i, CASE WHEN list_contains($metrics, 'reassignment_rate') THEN coalesce(reassignment_rate_item AND reassignment_rate_num AND reassignment_rate_den, false)::INTEGER END AS reassignment_rate_n, CASE WHEN list_contains($metrics, 'reassignment_rate') THEN coalesce(reassignment_rate_item AND reassignment_rate_den, false)::INTEGER END AS reassignment_rate_d,
           CASE WHEN list_contains($metrics, 'volume') THEN coalesce(volume_item, false)::INTEGER END AS volume_i, CASE WHEN list_contains($metrics, 'volume') THEN coalesce(volume_item AND volume_num AND volume_den, false)::INTEGER END AS volume_n, CASE WHEN list_contains($metrics, 'volume') THEN coalesce(volume_item AND volume_den, false)::INTEGER END AS volume_d
    FROM ticket_metric_parts($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
)
SELECT is_current,
       CASE WHEN grouping(team) = 0 THEN 'team' ELSE 'agent' END AS dimension,
       CASE WHEN grouping(team) = 0 THEN team ELSE agent END AS key,
       sum(fcr_i)::INTEGER AS fcr_items, sum(fcr_n)::INTEGER AS fcr_numerator, sum(fcr_d)::INTEGER AS fcr_denominator,
       sum(csat_i)::INTEGER AS csat_items, sum(csat_n)::INTEGER AS csat_numerator, sum(csat_d)::INTEGER AS csat_denominator,
       sum(sla_i)::INTEGER AS sla_items, sum(sla_n)::INTEGER AS sla_numerator, sum(sla_d)::INTEGER AS sla_denominator,
       sum(repeat_contacts_i)::INTEGER AS repeat_contacts_items, sum(repeat_contacts_n)::INTEGER AS repeat_contacts_numerator, sum(repeat_contacts_d)::INTEGER AS repeat_contacts_denominator,
       sum(change_caused_i)::INTEGER AS change_caused_items, sum(change_caused_n)::INTEGER AS change_caused_numerator, sum(change_caused_d)::INTEGER AS change_caused_denominator,
       sum(reopen_rate_i)::INTEGER AS reopen_rate_items, sum(reopen_rate_n)::INTEGER AS reopen_rate_numerator, sum(reopen_rate_d)::INTEGER AS reopen_rate_denominator,
       sum(reassignment_rate_i)::INTEGER AS reassignment_rate_items, sum(reassignment_rate_n)::INTEGER AS reassignment_rate_numerator, sum(reassignment_rate_d)::INTEGER AS reassignment_rate_denominator,
       sum(volume_i)::INTEGER AS volume_items, sum(volume_n)::INTEGER AS volume_numerator, sum(volume_d)::INTEGER AS volume_denominator
FROM p
GROUP BY GROUPING SETS ((is_current, team), (is_current, agent))
