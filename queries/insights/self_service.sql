-- Self-service candidates (src/lib/server/insights/self-service.ts): per category and per
-- category + subcategory, tickets, FCR (the same outcome as parts_fcr) and the median
-- resolution hours of the tickets fixed at first contact (for those, about the handling time).
SELECT category,
       CASE WHEN grouping(subcategory) = 0 THEN subcategory END AS subcategory,
       grouping(subcategory) = 0 AS is_subcategory,
       count(*)::INTEGER AS tickets,
       count(*) FILTER (WHERE is_resolved AND fcr_outcome IS NOT NULL)::INTEGER AS fcr_denominator,
       count(*) FILTER (WHERE is_resolved AND fcr_outcome)::INTEGER AS fcr_numerator,
       quantile_cont(resolution_hours, 0.5) FILTER (WHERE is_resolved AND fcr_outcome AND resolution_hours >= 0) AS handling_hours
FROM scoped_tickets($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE category IS NOT NULL
GROUP BY GROUPING SETS ((category), (category, subcategory))
