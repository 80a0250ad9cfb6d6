-- The days a page of a whole period's drill-down sorted by time lies in, from the stored daily
-- counts of its part (summary/setup/4a_stored_metric_part_days.sql): newest first ($dir 'desc'),
-- the latest day from which on the period holds at least $needed items (the page's offset and
-- size), oldest first the earliest day up to which it does; NULL when the whole period holds
-- fewer. metric/drilldown.ts then lists the page from that day's items on (or up to it) only,
-- the same rows: a year at 10M tickets sorted 9.8M suspected incidents for the Changes view's 12.
WITH counts AS (
    SELECT day, sum(n) OVER (ORDER BY CASE WHEN $dir = 'desc' THEN -epoch(day) ELSE epoch(day) END ROWS UNBOUNDED PRECEDING) AS reached
    FROM stored_metric_part_days($metric, $part, $from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
)
SELECT strftime(CASE WHEN $dir = 'desc' THEN max(day) ELSE min(day) END, '%Y-%m-%d') AS day
FROM counts
WHERE reached >= $needed
