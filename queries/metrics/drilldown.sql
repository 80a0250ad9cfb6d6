-- The exact items behind a number: one metric's parts in the numerator, the denominator or the
-- excluded, with the narrowings of routines/drilldown_keeps.sql; paged and sorted by an
-- allow-listed $sort and $dir (routines/drilldown_sort_*.sql). Every item's row goes through the
-- sort whole: for the CSV (every page at once) and for parts made by a window (repeat callers),
-- which a second pass would work out again; a page of other metrics is drilldown_page.sql.
-- ORDER BY names p.occurred_at, the instant, not the formatted output column of the same name.
-- The page is picked first and only its rows are formatted: iso_local (a zoned format) over
-- every item before the sort cost most of a year's page at 1M tickets. The outer ORDER BY
-- repeats the page's order (a subquery's order is not kept by SQL).
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
WITH page AS (
    SELECT p.*,
           drilldown_sort_number($sort, $dir, p.occurred_at, p.value) AS sort_number,
           CASE WHEN $dir = 'asc' THEN drilldown_sort_text($sort, p.item_id, p.caller_id, p.client, p.team, p.agent, p.channel, p.priority, p.category, p.status) END AS sort_text_asc,
           CASE WHEN $dir = 'desc' THEN drilldown_sort_text($sort, p.item_id, p.caller_id, p.client, p.team, p.agent, p.channel, p.priority, p.category, p.status) END AS sort_text_desc
    FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients) p
    WHERE drilldown_keeps(num, den, excluded, item_id, occurred_at, caller_id, client, team, agent, channel, priority,
                          category, service, fcr_group, basis, value, $part, $by, $key, $key_is_null, $grain,
                          $bucket, $caller, $max_value, $change_id, $score_scale, $score_value)
    ORDER BY sort_number ASC NULLS LAST, sort_text_asc ASC NULLS LAST, sort_text_desc DESC NULLS LAST, p.occurred_at, p.item_id
    LIMIT CAST($limit AS INTEGER) OFFSET CAST($offset AS INTEGER)
)
SELECT item_id, iso_local(occurred_at) AS occurred_at, caller_id, client, team, agent, channel, priority,
       category, service, status, subject, fcr_group, basis, num AS in_numerator, den AS in_denominator, excluded, value
FROM page
ORDER BY page.sort_number ASC NULLS LAST, page.sort_text_asc ASC NULLS LAST, page.sort_text_desc DESC NULLS LAST, page.occurred_at, page.item_id
