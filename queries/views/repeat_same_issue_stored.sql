-- The rows of views/repeat_same_issue.sql summed from the stored drivers' summary (driver_days'
-- category rows, whose keys cover every ticket once, a missing category as NULL): what
-- src/lib/server/views/repeat.ts runs when the view has no filter, every client is visible
-- and the summary is up to date. Same-issue repeats are never excluded. A period or category
-- without items has no row; category rows in the breakdown's order.
SELECT day >= CAST($from AS DATE) AS is_current,
       grouping(key) = 0 AS category_row,
       key,
       sum(same_issue_repeats_numerator)::INTEGER AS numerator,
       sum(same_issue_repeats_denominator)::INTEGER AS denominator,
       0 AS excluded
FROM driver_days
WHERE dimension = 'category' AND day >= CAST($previous_from AS DATE) AND day < CAST($to AS DATE)
GROUP BY GROUPING SETS ((is_current), (is_current, key))
HAVING sum(same_issue_repeats_items) > 0
ORDER BY category_row, denominator DESC, key NULLS LAST
