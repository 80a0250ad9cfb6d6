-- How many items the drill-down (drilldown.sql) lists for the same choice and narrowings,
-- for paging.
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
SELECT count(*)::INTEGER AS total
FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE CASE $part WHEN 'numerator' THEN num AND den WHEN 'denominator' THEN den WHEN 'excluded' THEN excluded IS NOT NULL END
  AND ($by IS NULL OR (
        CASE $by
            WHEN 'client' THEN client WHEN 'team' THEN team WHEN 'agent' THEN agent
            WHEN 'channel' THEN channel WHEN 'priority' THEN priority WHEN 'category' THEN category
            WHEN 'service' THEN service WHEN 'fcr' THEN fcr_group
        END IS NOT DISTINCT FROM (CASE WHEN $key_is_null THEN NULL ELSE $key END)))
  AND ($bucket IS NULL OR strftime(date_trunc($grain, occurred_at), '%Y-%m-%d') = $bucket)
  AND ($caller IS NULL OR caller_id = $caller)
  AND ($max_value IS NULL OR value <= $max_value)
  AND ($change_id IS NULL OR item_id IN (SELECT ticket_id FROM tickets WHERE caused_by_change = $change_id))
  AND ($score_scale IS NULL OR (basis = $score_scale AND abs(value - $score_value) < 1e-9))
