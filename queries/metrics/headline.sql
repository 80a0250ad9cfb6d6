-- The headline numbers of the Overview, /api/metrics and `onecall metrics` for a period
-- and the one before it, in one scan of both (a row each; a period without tickets has none).
-- Per-ticket outcomes come from scoped_tickets; this file only counts them.
-- Inlined, not materialized: each use reads only the columns it needs.
WITH scope AS NOT MATERIALIZED (
    SELECT *, created_at >= CAST($from AS DATE) AS is_current
    FROM scoped_tickets($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
),
suspected AS (
    SELECT ticket_id FROM suspected_by_change($previous_from, $to, $suspect_hours)
),
callers AS (
    SELECT is_current, count(*) FILTER (WHERE n >= CAST($threshold AS INTEGER))::INTEGER AS repeat_callers
    FROM (SELECT is_current, caller_id, count(*) AS n FROM scope WHERE caller_id IS NOT NULL GROUP BY ALL)
    GROUP BY ALL
),
counts AS (
    SELECT
        s.is_current,
        count(*)::INTEGER AS tickets,
        count(*) FILTER (WHERE is_resolved AND fcr_outcome)::INTEGER AS fcr_numerator,
        count(*) FILTER (WHERE is_resolved AND fcr_outcome IS NOT NULL)::INTEGER AS fcr_denominator,
        count(*) FILTER (WHERE is_resolved AND fcr_outcome IS NULL)::INTEGER AS fcr_excluded,
        count(*) FILTER (WHERE caller_id IS NOT NULL AND repeat_within(prev_caller_ticket_at, created_at, $window_days))::INTEGER AS repeat_numerator,
        count(caller_id)::INTEGER AS repeat_denominator,
        count(*) FILTER (WHERE caused_by_change IS NOT NULL)::INTEGER AS change_numerator,
        count(*) FILTER (WHERE caused_by_change IS NULL AND related_change IS NOT NULL)::INTEGER AS change_linked,
        count(x.ticket_id)::INTEGER AS change_suspected,
        count(*) FILTER (WHERE csat_normalised >= 0.75)::INTEGER AS csat_satisfied,
        count(csat_normalised)::INTEGER AS csat_responses,
        -- The mean is on the responses' own scale when they share one; with mixed
        -- scales, each score is converted to 1-5 first (1 + 4 x normalised score).
        CASE WHEN count(DISTINCT csat_scale) FILTER (WHERE csat_normalised IS NOT NULL) = 1
             THEN avg(csat_score) FILTER (WHERE csat_normalised IS NOT NULL)
             ELSE 1 + 4 * avg(csat_normalised) END AS csat_mean,
        count(*) FILTER (WHERE sla_outcome)::INTEGER AS sla_numerator,
        count(sla_outcome)::INTEGER AS sla_denominator,
        quantile_cont(resolution_hours, [0.5, 0.9]) FILTER (WHERE resolution_hours >= 0) AS resolution_quantiles
    FROM scope s
    LEFT JOIN suspected x ON x.ticket_id = s.ticket_id
    GROUP BY s.is_current
)
SELECT c.*, coalesce(r.repeat_callers, 0) AS repeat_callers,
       c.resolution_quantiles[1] AS resolution_median, c.resolution_quantiles[2] AS resolution_p90
FROM counts c LEFT JOIN callers r USING (is_current)
