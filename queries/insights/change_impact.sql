-- Change impact without links (src/lib/server/insights/change-impact.ts): for each change
-- that ended in [$from, $to) (routines/windows_after_changes/), the tickets on its service
-- (a change naming a client: that client's only; no service: the client's) in the $hours
-- after it ended (week 0), and in the same hours of the week 1..$weeks weeks before (its
-- baseline), with the tickets linked to it. The tickets of the window are listed apart, for
-- the changes shown only (change_impact_tickets.sql): listing them for every change took
-- ~950 of ~1,450 ms for a year at 1M tickets with 20,000 changes.
WITH ch AS (
    SELECT * FROM impact_changes($from, $to, $client, $allowed_clients, NULL::VARCHAR[])
),
-- Counted before meeting the windows: joining each ticket to its window first cost more than the count.
per_week AS (
    SELECT w.change_id, w.k, coalesce(h.n, 0)::INTEGER AS n
    FROM impact_windows($from, $to, $client, $allowed_clients, NULL::VARCHAR[], $weeks) w
    LEFT JOIN (
        SELECT change_id, k, count(*) AS n
        FROM impact_window_tickets($from, $to, $scan_from, $scan_to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL::VARCHAR[], $weeks, $hours)
        GROUP BY change_id, k
    ) h ON h.change_id = w.change_id AND h.k = w.k
),
-- The tickets linked to each change, on any day of the scan.
linked AS (
    SELECT caused_by_change AS change_id, count(*)::INTEGER AS linked
    FROM scoped_tickets($scan_from, $scan_to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE caused_by_change IN (SELECT change_id FROM ch)
    GROUP BY 1
),
weeks AS (
    SELECT change_id,
           max(n) FILTER (WHERE k = 0)::INTEGER AS observed,
           (count(*) FILTER (WHERE k > 0))::INTEGER AS baseline_weeks,
           coalesce(sum(n) FILTER (WHERE k > 0), 0)::INTEGER AS baseline_total
    FROM per_week GROUP BY change_id
)
SELECT ch.change_id, ch.service, ch.client, ch.outcome, ch.summary,
       iso_local(ch.actual_end) AS ended_at,
       strftime(ch.actual_end, '%Y-%m-%d') AS ended_day,
       weeks.observed, weeks.baseline_weeks, weeks.baseline_total,
       coalesce(linked.linked, 0) AS linked
FROM ch
JOIN weeks USING (change_id)
LEFT JOIN linked USING (change_id)
ORDER BY ch.change_id
