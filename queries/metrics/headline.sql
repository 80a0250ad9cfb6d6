-- The headline numbers of the Overview, /api/metrics and `onecall metrics` for a period
-- and the one before it (a row each; a period without tickets has none). Every number
-- is read from its metric's parts (routines/ticket_parts/<metric>.sql), never recounted
-- here; each parts macro is read once over both periods, split by is_current.
WITH volume AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current, count(*)::INTEGER AS tickets
    FROM parts_volume($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
fcr AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current,
           count(*) FILTER (WHERE num AND den)::INTEGER AS fcr_numerator,
           count(*) FILTER (WHERE den)::INTEGER AS fcr_denominator,
           count(*) FILTER (WHERE excluded IS NOT NULL)::INTEGER AS fcr_excluded
    FROM parts_fcr($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
repeats AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current,
           count(*) FILTER (WHERE num AND den)::INTEGER AS repeat_numerator,
           count(*) FILTER (WHERE den)::INTEGER AS repeat_denominator
    FROM parts_repeat_contacts($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
-- Repeat callers are counted within each period (a caller's tickets in that period).
callers AS (
    SELECT true AS is_current, count(DISTINCT caller_id) FILTER (WHERE num AND den)::INTEGER AS repeat_callers
    FROM parts_repeat_callers($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    UNION ALL
    SELECT false, count(DISTINCT caller_id) FILTER (WHERE num AND den)::INTEGER
    FROM parts_repeat_callers($previous_from, $from, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
caused AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current, count(*) FILTER (WHERE num AND den)::INTEGER AS change_numerator
    FROM parts_change_caused($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
linked AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current, count(*) FILTER (WHERE num AND den)::INTEGER AS change_linked
    FROM parts_change_linked($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
suspected AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current, count(*) FILTER (WHERE num AND den)::INTEGER AS change_suspected
    FROM parts_change_suspected($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
csat AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current,
           count(*) FILTER (WHERE num AND den)::INTEGER AS csat_satisfied,
           count(*) FILTER (WHERE den)::INTEGER AS csat_responses,
           csat_mean(score, basis, value) AS csat_mean
    FROM parts_csat($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
sla AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current,
           count(*) FILTER (WHERE num AND den)::INTEGER AS sla_numerator,
           count(*) FILTER (WHERE den)::INTEGER AS sla_denominator
    FROM parts_sla($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
resolution AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current,
           quantile_cont(value, [0.5, 0.9]) FILTER (WHERE den) AS resolution_quantiles
    FROM parts_resolution_time($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
)
SELECT v.is_current, v.tickets,
       coalesce(f.fcr_numerator, 0) AS fcr_numerator, coalesce(f.fcr_denominator, 0) AS fcr_denominator,
       coalesce(f.fcr_excluded, 0) AS fcr_excluded,
       coalesce(r.repeat_numerator, 0) AS repeat_numerator, coalesce(r.repeat_denominator, 0) AS repeat_denominator,
       coalesce(k.repeat_callers, 0) AS repeat_callers,
       coalesce(c.change_numerator, 0) AS change_numerator, coalesce(l.change_linked, 0) AS change_linked,
       coalesce(x.change_suspected, 0) AS change_suspected,
       coalesce(s.csat_satisfied, 0) AS csat_satisfied, coalesce(s.csat_responses, 0) AS csat_responses, s.csat_mean,
       coalesce(a.sla_numerator, 0) AS sla_numerator, coalesce(a.sla_denominator, 0) AS sla_denominator,
       q.resolution_quantiles[1] AS resolution_median, q.resolution_quantiles[2] AS resolution_p90
FROM volume v
LEFT JOIN fcr f USING (is_current)
LEFT JOIN repeats r USING (is_current)
LEFT JOIN callers k USING (is_current)
LEFT JOIN caused c USING (is_current)
LEFT JOIN linked l USING (is_current)
LEFT JOIN suspected x USING (is_current)
LEFT JOIN csat s USING (is_current)
LEFT JOIN sla a USING (is_current)
LEFT JOIN resolution q USING (is_current)
