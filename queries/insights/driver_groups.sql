-- Drivers (src/lib/server/insights/drivers.ts): one metric's numerator and denominator per
-- value of every driver dimension, in the previous and the current period, in one scan.
-- $previous_from..$to spans both periods; the same parts as the metric's own number.
WITH p AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current,
           team, agent, client, category, channel, priority, service, num, den
    FROM {{parts}}($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
)
SELECT is_current,
       CASE WHEN grouping(team) = 0 THEN 'team' WHEN grouping(agent) = 0 THEN 'agent'
            WHEN grouping(client) = 0 THEN 'client' WHEN grouping(category) = 0 THEN 'category'
            WHEN grouping(channel) = 0 THEN 'channel' WHEN grouping(priority) = 0 THEN 'priority'
            ELSE 'service' END AS dimension,
       CASE WHEN grouping(team) = 0 THEN team WHEN grouping(agent) = 0 THEN agent
            WHEN grouping(client) = 0 THEN client WHEN grouping(category) = 0 THEN category
            WHEN grouping(channel) = 0 THEN channel WHEN grouping(priority) = 0 THEN priority
            ELSE service END AS key,
       count(*) FILTER (WHERE num AND den)::INTEGER AS numerator,
       count(*) FILTER (WHERE den)::INTEGER AS denominator
FROM p
GROUP BY GROUPING SETS ((is_current, team), (is_current, agent), (is_current, client), (is_current, category),
                        (is_current, channel), (is_current, priority), (is_current, service))
