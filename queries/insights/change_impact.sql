-- Change impact without links (src/lib/server/insights/change-impact.ts): for each change
-- that ended in [$from, $to), the tickets on its service (a change naming a client: that
-- client's only; no service: the client's) in the $hours after it ended (week 0), and in
-- the same hours of the week 1..$weeks weeks before (its baseline). Weeks before the first
-- ticket are left out, not counted as quiet. Tickets within the filters and allowed clients.
WITH ch AS (
    SELECT change_id, any_value(service) AS service, any_value(client) AS client,
           max(actual_end) AS actual_end, any_value(outcome) AS outcome, any_value(summary) AS summary
    FROM changes
    WHERE actual_end >= CAST($from AS DATE) AND actual_end < CAST($to AS DATE)
      AND (service IS NOT NULL OR client IS NOT NULL)
      AND ($allowed_clients IS NULL OR client IS NULL OR list_contains($allowed_clients, client))
      AND ($client IS NULL OR client IS NULL OR client = $client)
    GROUP BY change_id
),
first_ticket AS (SELECT epoch_us(min(created_at)) AS us FROM tickets),
w AS (
    SELECT ch.change_id, ch.service, ch.client, r.k,
           epoch_us(ch.actual_end) - r.k * 604800000000 AS w_start
    FROM ch, range(0, CAST($weeks AS BIGINT) + 1) r(k), first_ticket f
    WHERE r.k = 0 OR epoch_us(ch.actual_end) - r.k * 604800000000 >= f.us
),
-- Each window listed once per UTC day it touches, so tickets meet it through a hash join.
wd AS (
    SELECT *, unnest(range(w_start // 86400000000, (w_start + CAST($hours AS BIGINT) * 3600000000) // 86400000000 + 1)) AS day
    FROM w
),
-- Only the tickets of a day some window touches: DuckDB keeps these rows for the joins below, and
-- a period without changes keeps none (10M tickets, a year without changes: ~350 -> ~65 ms).
t AS (
    SELECT ticket_id, service, client, epoch_us(created_at) AS us, epoch_us(created_at) // 86400000000 AS day
    FROM scoped_tickets($scan_from, $scan_to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE epoch_us(created_at) // 86400000000 IN (SELECT day FROM wd)
),
-- A change naming a client counts only that client's tickets on its service: three joins, each
-- on every key it has, instead of one that listed the service's other clients' tickets first.
-- Not materialized: the counts read the joins as they come, the list only the k = 0 windows'
-- (storing 9M hits a year at 1M tickets cost more than joining the first week's twice).
hits AS NOT MATERIALIZED (
    SELECT wd.change_id, wd.k, t.ticket_id, t.us
    FROM wd JOIN t ON t.day = wd.day AND t.service = wd.service
    WHERE wd.client IS NULL
      AND t.us >= wd.w_start AND t.us < wd.w_start + CAST($hours AS BIGINT) * 3600000000
    UNION ALL
    SELECT wd.change_id, wd.k, t.ticket_id, t.us
    FROM wd JOIN t ON t.day = wd.day AND t.service = wd.service AND t.client = wd.client
    WHERE t.us >= wd.w_start AND t.us < wd.w_start + CAST($hours AS BIGINT) * 3600000000
    UNION ALL
    SELECT wd.change_id, wd.k, t.ticket_id, t.us
    FROM wd JOIN t ON t.day = wd.day AND t.client = wd.client
    WHERE wd.service IS NULL
      AND t.us >= wd.w_start AND t.us < wd.w_start + CAST($hours AS BIGINT) * 3600000000
),
-- Counted before meeting the windows: joining each hit to its window first cost more than the count.
per_week AS (
    SELECT w.change_id, w.k, coalesce(h.n, 0)::INTEGER AS n
    FROM w LEFT JOIN (SELECT change_id, k, count(*) AS n FROM hits GROUP BY change_id, k) h ON h.change_id = w.change_id AND h.k = w.k
),
-- The first tickets after the change's end, oldest first, as many as change-impact.ts shows (a top-n
-- per change, not a sorted list of every ticket).
after AS (
    SELECT change_id, min_by({'ticket_id': ticket_id, 'hours': (us - end_us) / 3600e6}, {'us': us, 'ticket_id': ticket_id}, CAST($listed AS BIGINT)) AS observed_tickets
    FROM hits JOIN (SELECT change_id, epoch_us(actual_end) AS end_us FROM ch) USING (change_id)
    WHERE k = 0
    GROUP BY change_id
),
-- The tickets linked to each listed change, on any day of the scan.
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
       coalesce(linked.linked, 0) AS linked,
       after.observed_tickets
FROM ch
JOIN weeks USING (change_id)
LEFT JOIN linked USING (change_id)
LEFT JOIN after USING (change_id)
ORDER BY ch.change_id
