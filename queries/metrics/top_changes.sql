-- Changes that ended in the period ranked by the incidents they caused (explicit cause
-- link), from the same parts as the change failure rate.
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
SELECT item_id AS change_id, service, client, status AS outcome, subject AS summary,
       iso_local(occurred_at) AS ended_at, value::INTEGER AS incidents_caused
FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
WHERE num
ORDER BY value DESC, occurred_at, item_id
LIMIT CAST($limit AS INTEGER)
