-- The Repeat callers view's same-issue repeats: the rate (as metrics/parts_summary.sql counts
-- it) and by category (as metrics/parts_breakdown_paired.sql), each for the period and the
-- previous one, in one scan of the metric's own parts over [$previous_from, $to) instead of
-- three: a row per period (category_row false) and per period and category; a period or
-- category without items has no row. Category rows in the breakdown's order.
SELECT occurred_at >= CAST($from AS DATE) AS is_current,
       grouping(category) = 0 AS category_row,
       category AS key,
       count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
       count(*) FILTER (WHERE den)::INTEGER AS denominator,
       count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS excluded
FROM parts_same_issue_repeats($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
GROUP BY GROUPING SETS ((is_current), (is_current, category))
ORDER BY category_row, denominator DESC, key NULLS LAST
