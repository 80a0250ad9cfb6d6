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
-- Each change's week 0 and baseline: {{impact_window_weeks}} is impact_window_weeks_stored (the
-- stored counts, no filter) or impact_window_weeks_counted (counted now), as change-impact.ts decides.
weeks AS (
    SELECT change_id, observed, baseline_weeks, baseline_total
    FROM {{impact_window_weeks}}($from, $to, $scan_from, $scan_to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, $weeks, $hours, false)
),
-- The tickets linked to each change, on any day of the scan.
linked AS (
    SELECT caused_by_change AS change_id, count(*)::INTEGER AS linked
    FROM scoped_tickets($scan_from, $scan_to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE caused_by_change IN (SELECT change_id FROM ch)
    GROUP BY 1
),
-- Expected: the baseline weeks' mean with half a ticket added to their total, so a service that
-- was always quiet gets a small, not zero, expectation: one ticket after a change is not
-- "impossible" (p = 0) but rightly unlikely only when several arrive. Changes with fewer than
-- $min_weeks baseline weeks are left out.
weighed AS (
    SELECT *, (baseline_total + 0.5) / baseline_weeks AS expected
    FROM weeks
    WHERE baseline_weeks >= $min_weeks
)
SELECT ch.change_id, ch.service, ch.client, ch.outcome, ch.summary,
       iso_local(ch.actual_end) AS ended_at,
       strftime(ch.actual_end, '%Y-%m-%d') AS ended_day,
       w.observed, w.baseline_weeks, w.expected,
       coalesce(linked.linked, 0) AS linked
FROM ch
JOIN weighed w USING (change_id)
LEFT JOIN linked USING (change_id)
-- $candidates_only: only the changes that may be probable (change-impact.ts decides): at least
-- $min_excess over the expected count, and P(X = observed) below $max_p for X ~ Poisson(expected),
-- which P(X >= observed) can only exceed. 10M tickets, a year: ~200,000 rows for a page that
-- shows 25 took ~1.6 s to hand to JavaScript.
WHERE $candidates_only IS NOT TRUE
   OR (w.observed - w.expected >= $min_excess
       AND -w.expected + w.observed * ln(w.expected) - lgamma(w.observed + 1) < ln($max_p))
-- Most excess first, as the pages list them: a page reads only as far as its listed changes.
ORDER BY w.observed - w.expected DESC, ch.change_id
