-- Self-service candidates (src/lib/server/insights/self-service.ts): per category and per
-- category + subcategory, tickets (parts_volume), FCR (parts_fcr) and the median resolution
-- time (parts_resolution_time) of the tickets fixed at first contact: about their handling time.
WITH v AS (
    SELECT item_id, category
    FROM parts_volume($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE category IS NOT NULL
),
f AS (
    SELECT item_id, num, den
    FROM parts_fcr($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
r AS (
    SELECT item_id, value AS hours
    FROM parts_resolution_time($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE den
),
-- The subcategory is a plain column of the ticket (no parts macro carries it).
s AS (SELECT ticket_id AS item_id, subcategory FROM tickets)
SELECT v.category,
       CASE WHEN grouping(s.subcategory) = 0 THEN s.subcategory END AS subcategory,
       grouping(s.subcategory) = 0 AS is_subcategory,
       count(*)::INTEGER AS tickets,
       count(*) FILTER (WHERE f.den)::INTEGER AS fcr_denominator,
       count(*) FILTER (WHERE f.num AND f.den)::INTEGER AS fcr_numerator,
       quantile_cont(r.hours, 0.5) FILTER (WHERE f.num AND f.den) AS handling_hours
FROM v
LEFT JOIN f ON f.item_id = v.item_id
LEFT JOIN r ON r.item_id = v.item_id
LEFT JOIN s ON s.item_id = v.item_id
GROUP BY GROUPING SETS ((v.category), (v.category, s.subcategory))
