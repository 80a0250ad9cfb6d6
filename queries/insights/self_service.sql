-- Self-service candidates (src/lib/server/insights/self-service.ts): the most specific groups
-- (a category's subcategories, or the category itself where none of its tickets has one) with
-- their tickets (volume), FCR and the median resolution time of the tickets fixed at first
-- contact: about their handling time. One scan of ticket_metric_parts (the columns
-- parts_volume, parts_fcr and parts_resolution_time pick, and the ticket's subcategory).
WITH v AS (
    SELECT category, subcategory,
           coalesce(fcr_item AND fcr_den, false) AS fcr_counted,
           coalesce(fcr_item AND fcr_num AND fcr_den, false) AS fcr_met,
           CASE WHEN resolution_time_item AND resolution_time_den THEN resolution_time_value END AS hours
    FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
    WHERE volume_item AND category IS NOT NULL
),
-- One group per category and subcategory: a category none of whose tickets has a subcategory
-- is its (category, NULL) group, the same tickets, so it needs no grouping of its own; the
-- other categories' own rows and their NULL-subcategory groups are not candidates.
g AS (
    SELECT category, subcategory,
           count(*)::INTEGER AS tickets,
           count(*) FILTER (WHERE fcr_counted)::INTEGER AS fcr_denominator,
           count(*) FILTER (WHERE fcr_met)::INTEGER AS fcr_numerator,
           quantile_cont(hours, 0.5) FILTER (WHERE fcr_met) AS handling_hours
    FROM v
    GROUP BY category, subcategory
)
SELECT category, subcategory, subcategory IS NOT NULL AS is_subcategory,
       tickets, fcr_denominator, fcr_numerator, handling_hours
FROM g
QUALIFY subcategory IS NOT NULL OR NOT bool_or(subcategory IS NOT NULL) OVER (PARTITION BY category)
