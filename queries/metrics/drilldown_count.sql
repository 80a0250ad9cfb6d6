-- How many items the drill-down (drilldown.sql, drilldown_page.sql) lists for the same choice and
-- narrowings (routines/drilldown_keeps.sql), for paging.
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
SELECT count(*)::INTEGER AS total
FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE drilldown_keeps(num, den, excluded, item_id, occurred_at, caller_id, client, team, agent, channel, priority,
                      category, service, fcr_group, basis, value, $part, $by, $key, $key_is_null, $grain,
                      $bucket, $caller, $max_value, $change_id, $score_scale, $score_value)
