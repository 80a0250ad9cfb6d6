-- The headline numbers of the Overview, /api/metrics and `onecall metrics` for a period
-- and the one before it (a row each; a period without tickets has none). Every number is
-- read from its metric's parts, never recounted here: the counts from their per-day sums
-- (routines/ticket_metric_parts_by_day.sql; {{metric_days}}: stored or counted now, filled in
-- by src/lib/server/metric-days.ts) for both periods, split by is_current, the CSAT mean from
-- its sums there; the resolution time's exact median and p90 from the tickets' own parts
-- (routines/ticket_metric_parts.sql, through summary/setup/resolution_time_spread_*.sql); repeat callers
-- (routines/ticket_parts/repeat_callers_counted.sql) need other rows, so they are read beside it.
WITH counts AS (
    SELECT day >= CAST($from AS DATE) AS is_current,
           sum(volume_numerator)::INTEGER AS tickets,
           sum(fcr_numerator)::INTEGER AS fcr_numerator,
           sum(fcr_denominator)::INTEGER AS fcr_denominator,
           sum(fcr_excluded)::INTEGER AS fcr_excluded,
           sum(repeat_contacts_numerator)::INTEGER AS repeat_numerator,
           sum(repeat_contacts_denominator)::INTEGER AS repeat_denominator,
           sum(change_caused_numerator)::INTEGER AS change_numerator,
           sum(change_linked_numerator)::INTEGER AS change_linked,
           sum(change_suspected_numerator)::INTEGER AS change_suspected,
           sum(csat_numerator)::INTEGER AS csat_satisfied,
           sum(csat_denominator)::INTEGER AS csat_responses,
           csat_average(sum(csat_denominator), fsum(csat_score_sum), fsum(csat_value_sum), min(csat_scale_low), max(csat_scale_high)) AS csat_mean,
           sum(sla_numerator)::INTEGER AS sla_numerator,
           sum(sla_denominator)::INTEGER AS sla_denominator
    FROM {{metric_days}}($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    GROUP BY ALL
),
-- What sums cannot give: the exact quantiles, from the tickets' own resolution-time parts
-- ({{resolution_time_spread}}: quantile_cont's numbers, sorting only the bins that hold them,
-- with their counts from the stored bins or from the tickets, filled in by src/lib/server/metric-days.ts).
spread AS (
    SELECT is_current, median AS resolution_median, p90 AS resolution_p90
    FROM {{resolution_time_spread}}($previous_from, $from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
-- Repeat callers are counted within each period (a caller's tickets in that period);
-- {{repeat_caller_counts}}: counted per caller, or from the stored caller runs with no filter
-- (filled in by src/lib/server/caller-runs.ts).
callers AS (
    SELECT is_current, repeat_callers
    FROM {{repeat_caller_counts}}($previous_from, $from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
)
SELECT p.is_current, p.tickets, p.fcr_numerator, p.fcr_denominator, p.fcr_excluded, p.repeat_numerator, p.repeat_denominator,
       coalesce(k.repeat_callers, 0) AS repeat_callers,
       p.change_numerator, p.change_linked, p.change_suspected,
       p.csat_satisfied, p.csat_responses, p.csat_mean, p.sla_numerator, p.sla_denominator,
       s.resolution_median, s.resolution_p90
FROM counts p
LEFT JOIN spread s USING (is_current)
LEFT JOIN callers k USING (is_current)
