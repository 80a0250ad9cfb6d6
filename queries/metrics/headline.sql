-- The headline numbers of the Overview, /api/metrics and `onecall metrics` for a period
-- and the one before it (a row each; a period without tickets has none). Every number is
-- read from its metric's parts, never recounted here: one pass over ticket_metric_parts
-- (routines/ticket_metric_parts.sql, each metric's <metric>_* columns) for both periods,
-- split by is_current; repeat callers (routines/ticket_parts/repeat_caller_tickets.sql) need
-- other rows, so they are read beside it.
WITH parts AS (
    SELECT occurred_at >= CAST($from AS DATE) AS is_current,
           count(*) FILTER (WHERE volume_item AND volume_num AND volume_den)::INTEGER AS tickets,
           count(*) FILTER (WHERE fcr_item AND fcr_num AND fcr_den)::INTEGER AS fcr_numerator,
           count(*) FILTER (WHERE fcr_item AND fcr_den)::INTEGER AS fcr_denominator,
           count(*) FILTER (WHERE fcr_item AND fcr_excluded IS NOT NULL)::INTEGER AS fcr_excluded,
           count(*) FILTER (WHERE repeat_contacts_item AND repeat_contacts_num AND repeat_contacts_den)::INTEGER AS repeat_numerator,
           count(*) FILTER (WHERE repeat_contacts_item AND repeat_contacts_den)::INTEGER AS repeat_denominator,
           count(*) FILTER (WHERE change_caused_item AND change_caused_num AND change_caused_den)::INTEGER AS change_numerator,
           count(*) FILTER (WHERE change_linked_item AND change_linked_num AND change_linked_den)::INTEGER AS change_linked,
           count(*) FILTER (WHERE change_suspected_item AND change_suspected_num AND change_suspected_den)::INTEGER AS change_suspected,
           count(*) FILTER (WHERE csat_item AND csat_num AND csat_den)::INTEGER AS csat_satisfied,
           count(*) FILTER (WHERE csat_item AND csat_den)::INTEGER AS csat_responses,
           csat_mean(csat_score, csat_basis, CASE WHEN csat_item THEN csat_value END) AS csat_mean,
           count(*) FILTER (WHERE sla_item AND sla_num AND sla_den)::INTEGER AS sla_numerator,
           count(*) FILTER (WHERE sla_item AND sla_den)::INTEGER AS sla_denominator,
           quantile_cont(resolution_time_value, [0.5, 0.9]) FILTER (WHERE resolution_time_item AND resolution_time_den) AS resolution_quantiles
    FROM ticket_metric_parts($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
    GROUP BY ALL
),
-- Repeat callers are counted within each period (a caller's tickets in that period).
callers AS (
    SELECT is_current, count(*) FILTER (WHERE is_repeat)::INTEGER AS repeat_callers
    FROM repeat_caller_tickets($previous_from, $from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
)
SELECT p.is_current, p.tickets, p.fcr_numerator, p.fcr_denominator, p.fcr_excluded, p.repeat_numerator, p.repeat_denominator,
       coalesce(k.repeat_callers, 0) AS repeat_callers,
       p.change_numerator, p.change_linked, p.change_suspected,
       p.csat_satisfied, p.csat_responses, p.csat_mean, p.sla_numerator, p.sla_denominator,
       p.resolution_quantiles[1] AS resolution_median, p.resolution_quantiles[2] AS resolution_p90
FROM parts p
LEFT JOIN callers k USING (is_current)
