-- The tickets of the window after each change of $changes (the ones change-impact.ts shows), as
-- insights/change_impact.sql counts them (week 0 of routines/windows_after_changes/): the
-- first $listed, oldest first (then by id), with the hours after the change's end.
SELECT h.change_id,
       min_by({'ticket_id': h.ticket_id, 'hours': (h.us - epoch_us(ch.actual_end)) / 3600e6}, {'us': h.us, 'ticket_id': h.ticket_id}, CAST($listed AS BIGINT)) AS tickets
FROM impact_window_tickets($from, $to, $scan_from, $scan_to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, $changes, 0, $hours, false) h
JOIN impact_changes($from, $to, $client, $allowed_clients, $changes) ch USING (change_id)
WHERE h.k = 0
GROUP BY h.change_id
