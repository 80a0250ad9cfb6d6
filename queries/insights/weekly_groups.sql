-- Alerts (src/lib/server/insights/alerts.ts): one metric's weekly numerator and denominator
-- overall, per client and per team, from $from (12 weeks before the period) to $to, in one
-- scan; weeks start on Monday in the reporting zone, as the trend charts' do.
-- An item's week comes from its 15-minute slot, looked up once per slot, not a zoned
-- date_trunc per item (the same slots as metrics/parts_trend.sql, with the same fallback
-- to the item's own date_trunc where a slot is not inside one week).
WITH slots AS (
    SELECT slot, date_trunc('week', make_timestamptz(slot * 900000000)) AS starts,
           date_trunc('week', make_timestamptz(slot * 900000000)) = date_trunc('week', make_timestamptz(slot * 900000000 + 899999999)) AS whole
    FROM range(epoch_us(CAST($from AS DATE)::TIMESTAMPTZ) // 900000000, epoch_us(CAST($to AS DATE)::TIMESTAMPTZ) // 900000000 + 1) r(slot)
),
items AS (
    SELECT occurred_at, client, team, num, den,
           CASE WHEN epoch_us(occurred_at) >= 0 THEN epoch_us(occurred_at) // 900000000 END AS slot
    FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
p AS (
    SELECT CASE WHEN s.whole THEN s.starts ELSE date_trunc('week', i.occurred_at) END AS starts, client, team, num, den
    FROM items i LEFT JOIN slots s USING (slot)
)
SELECT strftime(starts, '%Y-%m-%d') AS week, scope, key, numerator, denominator
FROM (
    SELECT starts,
           CASE WHEN grouping(client) = 0 THEN 'client' WHEN grouping(team) = 0 THEN 'team' ELSE 'all' END AS scope,
           CASE WHEN grouping(client) = 0 THEN client WHEN grouping(team) = 0 THEN team END AS key,
           count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
           count(*) FILTER (WHERE den)::INTEGER AS denominator
    FROM p
    GROUP BY GROUPING SETS ((starts), (starts, client), (starts, team))
)
