-- The metric parts that a ticket's own row decides, counted per day (in the reporting zone),
-- client and team, for the metrics the headline, the Overview's weekly series and the Clients
-- view show: per metric <metric>_items, _numerator, _denominator and _excluded, the numbers a
-- breakdown or trend sums (ticket_metric_parts' <metric>_item, _num, _den and _excluded). Stored as metric_days (src/lib/server/metric-days.ts) so a period's counts are
-- summed from a few hundred rows a day instead of worked out ticket by ticket.
-- The CSAT mean comes from its sums here (csat_average); exact medians and p90 and repeat
-- callers need the tickets and never come from here.
CREATE OR REPLACE MACRO ticket_metric_parts_by_day(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT CAST(occurred_at AS DATE) AS day,
       client,
       team,
       count(*) FILTER (WHERE volume_item)::INTEGER AS volume_items, count(*) FILTER (WHERE volume_item AND volume_num AND volume_den)::INTEGER AS volume_numerator,
       count(*) FILTER (WHERE volume_item AND volume_den)::INTEGER AS volume_denominator, count(*) FILTER (WHERE volume_item AND volume_excluded IS NOT NULL)::INTEGER AS volume_excluded,
       count(*) FILTER (WHERE fcr_item)::INTEGER AS fcr_items, count(*) FILTER (WHERE fcr_item AND fcr_num AND fcr_den)::INTEGER AS fcr_numerator,
       count(*) FILTER (WHERE fcr_item AND fcr_den)::INTEGER AS fcr_denominator, count(*) FILTER (WHERE fcr_item AND fcr_excluded IS NOT NULL)::INTEGER AS fcr_excluded,
       -- Repeat callers: only their items (a caller's other tickets decide the numerator).
       count(*) FILTER (WHERE repeat_callers_item)::INTEGER AS repeat_callers_items,
       count(*) FILTER (WHERE repeat_contacts_item)::INTEGER AS repeat_contacts_items, count(*) FILTER (WHERE repeat_contacts_item AND repeat_contacts_num AND repeat_contacts_den)::INTEGER AS repeat_contacts_numerator,
       count(*) FILTER (WHERE repeat_contacts_item AND repeat_contacts_den)::INTEGER AS repeat_contacts_denominator, count(*) FILTER (WHERE repeat_contacts_item AND repeat_contacts_excluded IS NOT NULL)::INTEGER AS repeat_contacts_excluded,
       count(*) FILTER (WHERE change_caused_item)::INTEGER AS change_caused_items, count(*) FILTER (WHERE change_caused_item AND change_caused_num AND change_caused_den)::INTEGER AS change_caused_numerator,
       count(*) FILTER (WHERE change_caused_item AND change_caused_den)::INTEGER AS change_caused_denominator, count(*) FILTER (WHERE change_caused_item AND change_caused_excluded IS NOT NULL)::INTEGER AS change_caused_excluded,
       count(*) FILTER (WHERE change_suspected_item)::INTEGER AS change_suspected_items, count(*) FILTER (WHERE change_suspected_item AND change_suspected_num AND change_suspected_den)::INTEGER AS change_suspected_numerator,
       count(*) FILTER (WHERE change_suspected_item AND change_suspected_den)::INTEGER AS change_suspected_denominator, count(*) FILTER (WHERE change_suspected_item AND change_suspected_excluded IS NOT NULL)::INTEGER AS change_suspected_excluded,
       count(*) FILTER (WHERE change_linked_item)::INTEGER AS change_linked_items, count(*) FILTER (WHERE change_linked_item AND change_linked_num AND change_linked_den)::INTEGER AS change_linked_numerator,
       count(*) FILTER (WHERE change_linked_item AND change_linked_den)::INTEGER AS change_linked_denominator, count(*) FILTER (WHERE change_linked_item AND change_linked_excluded IS NOT NULL)::INTEGER AS change_linked_excluded,
       count(*) FILTER (WHERE csat_item)::INTEGER AS csat_items, count(*) FILTER (WHERE csat_item AND csat_num AND csat_den)::INTEGER AS csat_numerator,
       count(*) FILTER (WHERE csat_item AND csat_den)::INTEGER AS csat_denominator, count(*) FILTER (WHERE csat_item AND csat_excluded IS NOT NULL)::INTEGER AS csat_excluded,
       count(*) FILTER (WHERE sla_item)::INTEGER AS sla_items, count(*) FILTER (WHERE sla_item AND sla_num AND sla_den)::INTEGER AS sla_numerator,
       count(*) FILTER (WHERE sla_item AND sla_den)::INTEGER AS sla_denominator, count(*) FILTER (WHERE sla_item AND sla_excluded IS NOT NULL)::INTEGER AS sla_excluded,
       count(*) FILTER (WHERE resolution_time_item)::INTEGER AS resolution_time_items, count(*) FILTER (WHERE resolution_time_item AND resolution_time_num AND resolution_time_den)::INTEGER AS resolution_time_numerator,
       count(*) FILTER (WHERE resolution_time_item AND resolution_time_den)::INTEGER AS resolution_time_denominator, count(*) FILTER (WHERE resolution_time_item AND resolution_time_excluded IS NOT NULL)::INTEGER AS resolution_time_excluded,
       -- The CSAT mean's sums (routines/csat_mean.sql) over the responses on a known scale.
       fsum(csat_score) FILTER (WHERE csat_item AND csat_den) AS csat_score_sum,
       fsum(csat_value) FILTER (WHERE csat_item AND csat_den) AS csat_value_sum,
       min(csat_basis) FILTER (WHERE csat_item AND csat_den) AS csat_scale_low,
       max(csat_basis) FILTER (WHERE csat_item AND csat_den) AS csat_scale_high
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
GROUP BY ALL
