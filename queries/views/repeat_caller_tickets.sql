-- The tickets of the Repeat callers view's top callers ($callers): the rows, columns and
-- order (by time) metrics/drilldown.sql gives for repeat_callers' numerator narrowed to
-- each caller, read in one statement instead of the drill-down of every caller above them.
SELECT item_id, iso_local(occurred_at) AS occurred_at, caller_id, client, team, agent, channel, priority,
       category, service, status, subject, fcr_group, basis, num AS in_numerator, den AS in_denominator, excluded, value
FROM parts_repeat_callers($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients) p
WHERE num AND den AND list_contains($callers, caller_id)
ORDER BY p.occurred_at, p.item_id
