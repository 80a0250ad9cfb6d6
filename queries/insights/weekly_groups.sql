-- Alerts (src/lib/server/insights/alerts.ts): one metric's weekly numerator and denominator
-- overall, per client and per team, from $from (12 weeks before the period) to $to, in one
-- scan; weeks start on Monday in the reporting zone, as the trend charts' do.
WITH p AS (
    SELECT strftime(date_trunc('week', occurred_at), '%Y-%m-%d') AS week, client, team, num, den
    FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
)
SELECT week,
       CASE WHEN grouping(client) = 0 THEN 'client' WHEN grouping(team) = 0 THEN 'team' ELSE 'all' END AS scope,
       CASE WHEN grouping(client) = 0 THEN client WHEN grouping(team) = 0 THEN team END AS key,
       count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
       count(*) FILTER (WHERE den)::INTEGER AS denominator
FROM p
GROUP BY GROUPING SETS ((week), (week, client), (week, team))
