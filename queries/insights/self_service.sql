-- Self-service candidates (src/lib/server/insights/self-service.ts): per category and per
-- category + subcategory, tickets (volume), FCR and the median resolution time of the tickets
-- fixed at first contact: about their handling time. One scan of ticket_metric_parts (the
-- columns parts_volume, parts_fcr and parts_resolution_time pick), not three parts joined.
WITH v AS (
    SELECT item_id, category,
           coalesce(fcr_item AND fcr_den, false) AS fcr_counted,
           coalesce(fcr_item AND fcr_num AND fcr_den, false) AS fcr_met,
           CASE WHEN resolution_time_item AND resolution_time_den THEN resolution_time_value END AS hours
    FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
    WHERE volume_item AND category IS NOT NULL
),
-- The subcategory is a plain column of the ticket (no parts macro carries it).
s AS (SELECT ticket_id AS item_id, subcategory FROM tickets)
SELECT v.category,
       CASE WHEN grouping(s.subcategory) = 0 THEN s.subcategory END AS subcategory,
       grouping(s.subcategory) = 0 AS is_subcategory,
       count(*)::INTEGER AS tickets,
       count(*) FILTER (WHERE fcr_counted)::INTEGER AS fcr_denominator,
       count(*) FILTER (WHERE fcr_met)::INTEGER AS fcr_numerator,
       quantile_cont(hours, 0.5) FILTER (WHERE fcr_met) AS handling_hours
FROM v
LEFT JOIN s ON s.item_id = v.item_id
GROUP BY GROUPING SETS ((v.category), (v.category, s.subcategory))
