-- One page of a drill-down as metrics/drilldown.sql lists it (the same items, narrowings and
-- order), in two passes: the page's item ids are picked from the parts with their sort keys
-- only, then only those items' rows are read. Carrying every column of every item through the
-- sort took about a third of a year's page at 1M tickets (88 -> 64 ms). Not for parts made by a
-- window (repeat callers): the second pass would work the window out again.
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
WITH page AS (
    SELECT p.item_id, p.occurred_at,
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
SELECT p.item_id, iso_local(p.occurred_at) AS occurred_at, p.caller_id, p.client, p.team, p.agent, p.channel, p.priority,
       p.category, p.service, p.status, p.subject, p.fcr_group, p.basis, p.num AS in_numerator, p.den AS in_denominator, p.excluded, p.value
FROM page
JOIN {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients) p ON p.item_id = page.item_id
ORDER BY page.sort_number ASC NULLS LAST, page.sort_text_asc ASC NULLS LAST, page.sort_text_desc DESC NULLS LAST, page.occurred_at, page.item_id
