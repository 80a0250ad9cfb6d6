-- Backlog at the end of each day, week or month of the period (the last bucket ends
-- at the period's end): tickets created before that instant and neither resolved nor
-- closed before it. A running sum of +1 (created) and -1 (resolved or closed) events,
-- read as of each bucket's end, so it costs one pass over the tickets.
WITH buckets AS (
    SELECT strftime(range, '%Y-%m-%d') AS bucket,
           least(range + CASE $grain WHEN 'day' THEN INTERVAL 1 DAY WHEN 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END,
                 CAST($to AS DATE)::TIMESTAMPTZ) AS bucket_end
    FROM range(
        date_trunc($grain, CAST($from AS DATE)::TIMESTAMPTZ),
        CAST($to AS DATE)::TIMESTAMPTZ,
        CASE $grain WHEN 'day' THEN INTERVAL 1 DAY WHEN 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END)
),
scope AS (
    SELECT created_at, least(resolved_at, closed_at) AS ended_at
    FROM scoped_tickets(DATE '0001-01-01', $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
events AS (
    SELECT created_at AS occurred_at, 1 AS delta FROM scope
    UNION ALL
    SELECT greatest(ended_at, created_at), -1 FROM scope WHERE ended_at IS NOT NULL
),
-- Events at one instant are summed first, so the running total is read after all of them.
per_instant AS (SELECT occurred_at, sum(delta) AS delta FROM events GROUP BY occurred_at),
running AS (SELECT occurred_at, sum(delta) OVER (ORDER BY occurred_at) AS open_after FROM per_instant)
SELECT b.bucket, coalesce(r.open_after, 0)::INTEGER AS numerator, coalesce(r.open_after, 0)::INTEGER AS denominator,
       0 AS excluded, NULL::DOUBLE AS median, NULL::DOUBLE AS p90, NULL::DOUBLE AS mean
FROM buckets b ASOF LEFT JOIN running r ON b.bucket_end > r.occurred_at
ORDER BY b.bucket
