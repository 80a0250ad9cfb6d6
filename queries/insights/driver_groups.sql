-- Drivers (src/lib/server/insights/drivers.ts) of every driver metric at once: each metric's
-- items, numerator and denominator per value of each driver dimension asked for, in the previous and
-- the current period, in one scan of ticket_metric_parts (the columns each parts_<metric>
-- macro picks: <metric>_item, _num, _den), not one scan per metric. A value with no item of a
-- metric (<metric>_items = 0) is not one of that metric's groups. count_if of boolean columns,
-- not filtered counts (24 in each of 7 grouping sets cost 2.5x as much) nor sums of 0/1 integers
-- (12% more). The previous_from..to range spans both periods. A metric not in `metrics` counts 0:
-- its CASE skips its parts' work (the Team view and a client's pack ask for six of the eight).
WITH p AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current,
           team, agent, client, category, channel, priority, service,
           CASE WHEN list_contains($metrics, 'fcr') THEN fcr_item END AS fcr_i, CASE WHEN list_contains($metrics, 'fcr') THEN fcr_item AND fcr_num AND fcr_den END AS fcr_n, CASE WHEN list_contains($metrics, 'fcr') THEN fcr_item AND fcr_den END AS fcr_d,
           CASE WHEN list_contains($metrics, 'csat') THEN csat_item END AS csat_i, CASE WHEN list_contains($metrics, 'csat') THEN csat_item AND csat_num AND csat_den END AS csat_n, CASE WHEN list_contains($metrics, 'csat') THEN csat_item AND csat_den END AS csat_d,
           CASE WHEN list_contains($metrics, 'sla') THEN sla_item END AS sla_i, CASE WHEN list_contains($metrics, 'sla') THEN sla_item AND sla_num AND sla_den END AS sla_n, CASE WHEN list_contains($metrics, 'sla') THEN sla_item AND sla_den END AS sla_d,
           CASE WHEN list_contains($metrics, 'repeat_contacts') THEN repeat_contacts_item END AS repeat_contacts_i, CASE WHEN list_contains($metrics, 'repeat_contacts') THEN repeat_contacts_item AND repeat_contacts_num AND repeat_contacts_den END AS repeat_contacts_n, CASE WHEN list_contains($metrics, 'repeat_contacts') THEN repeat_contacts_item AND repeat_contacts_den END AS repeat_contacts_d,
           CASE WHEN list_contains($metrics, 'change_caused') THEN change_caused_item END AS change_caused_i, CASE WHEN list_contains($metrics, 'change_caused') THEN change_caused_item AND change_caused_num AND change_caused_den END AS change_caused_n, CASE WHEN list_contains($metrics, 'change_caused') THEN change_caused_item AND change_caused_den END AS change_caused_d,
           CASE WHEN list_contains($metrics, 'reopen_rate') THEN reopen_rate_item END AS reopen_rate_i, CASE WHEN list_contains($metrics, 'reopen_rate') THEN reopen_rate_item AND reopen_rate_num AND reopen_rate_den END AS reopen_rate_n, CASE WHEN list_contains($metrics, 'reopen_rate') THEN reopen_rate_item AND reopen_rate_den END AS reopen_rate_d,
           CASE WHEN list_contains($metrics, 'reassignment_rate') THEN reassignment_rate_item END AS reassignment_rate_i, CASE WHEN list_contains($metrics, 'reassignment_rate') THEN reassignment_rate_item AND reassignment_rate_num AND reassignment_rate_den END AS reassignment_rate_n, CASE WHEN list_contains($metrics, 'reassignment_rate') THEN reassignment_rate_item AND reassignment_rate_den END AS reassignment_rate_d,
           CASE WHEN list_contains($metrics, 'volume') THEN volume_item END AS volume_i, CASE WHEN list_contains($metrics, 'volume') THEN volume_item AND volume_num AND volume_den END AS volume_n, CASE WHEN list_contains($metrics, 'volume') THEN volume_item AND volume_den END AS volume_d
    FROM ticket_metric_parts($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
)
SELECT is_current,
       -- Filled by drivers.ts from its allow-list, one grouping set per dimension asked for
       -- (each costs a pass of its own: the five the Team view never shows were 40% of its drivers).
       {{dimension}} AS dimension,
       {{key}} AS key,
       count_if(fcr_i)::INTEGER AS fcr_items, count_if(fcr_n)::INTEGER AS fcr_numerator, count_if(fcr_d)::INTEGER AS fcr_denominator,
       count_if(csat_i)::INTEGER AS csat_items, count_if(csat_n)::INTEGER AS csat_numerator, count_if(csat_d)::INTEGER AS csat_denominator,
       count_if(sla_i)::INTEGER AS sla_items, count_if(sla_n)::INTEGER AS sla_numerator, count_if(sla_d)::INTEGER AS sla_denominator,
       count_if(repeat_contacts_i)::INTEGER AS repeat_contacts_items, count_if(repeat_contacts_n)::INTEGER AS repeat_contacts_numerator, count_if(repeat_contacts_d)::INTEGER AS repeat_contacts_denominator,
       count_if(change_caused_i)::INTEGER AS change_caused_items, count_if(change_caused_n)::INTEGER AS change_caused_numerator, count_if(change_caused_d)::INTEGER AS change_caused_denominator,
       count_if(reopen_rate_i)::INTEGER AS reopen_rate_items, count_if(reopen_rate_n)::INTEGER AS reopen_rate_numerator, count_if(reopen_rate_d)::INTEGER AS reopen_rate_denominator,
       count_if(reassignment_rate_i)::INTEGER AS reassignment_rate_items, count_if(reassignment_rate_n)::INTEGER AS reassignment_rate_numerator, count_if(reassignment_rate_d)::INTEGER AS reassignment_rate_denominator,
       count_if(volume_i)::INTEGER AS volume_items, count_if(volume_n)::INTEGER AS volume_numerator, count_if(volume_d)::INTEGER AS volume_denominator
FROM p
GROUP BY GROUPING SETS ({{grouping_sets}})
