-- What CSAT shows besides its rate (metrics/csat_extras.sql), counted per day in the reporting
-- zone: the tickets of the scope counted by every column its groupings read (the CSAT metric's
-- own csat_* parts and the response rate's csat_response_rate_* parts, never recounted; a few
-- hundred combinations a day), with csat_mean's sums over the responses on a known scale
-- (csat_value not NULL). Stored over all clients as csat_days (src/lib/server/metric-days.ts);
-- csat_combos_counted.sql sums it over the scope's own tickets instead. csat_excluded (why a
-- response is not counted) is for metrics/csat_summary_paired_stored.sql.
CREATE OR REPLACE MACRO ticket_csat_combos_by_day(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT CAST(occurred_at AS DATE) AS day,
       csat_basis, csat_score, fcr_group,
       csat_item, csat_num AND csat_den AS csat_counted, csat_den, csat_excluded IS NOT NULL AS csat_out, csat_excluded,
       csat_response_rate_item AS response_item, csat_response_rate_num AND csat_response_rate_den AS response_counted,
       csat_response_rate_den AS response_den, csat_response_rate_excluded IS NOT NULL AS response_out,
       count(*) AS n,
       count(*) FILTER (WHERE csat_item AND csat_value IS NOT NULL) AS mean_n,
       fsum(csat_value) FILTER (WHERE csat_item) AS value_sum
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
GROUP BY ALL
