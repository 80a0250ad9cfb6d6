-- The Team view's metric parts (src/lib/server/views/team.ts, teamMetrics) counted per day, in
-- the reporting zone, team and agent over all clients: per metric <metric>_items, _numerator,
-- _denominator and _excluded, the numbers views/team_breakdowns.sql counts (ticket_metric_parts'
-- <metric>_item, _num, _den and _excluded). Stored as team_days (src/lib/server/metric-days.ts),
-- so the Team view with no filter other than a team or an agent sums a few hundred rows a day
-- instead of working through both periods' tickets. The resolution time's exact median and p90
-- are not sums and still come from the tickets (views/team_breakdowns_stored.sql).
CREATE OR REPLACE MACRO ticket_metric_parts_by_team_day(p_from, p_to) AS TABLE
SELECT CAST(occurred_at AS DATE) AS day,
       team,
       agent,
       count_if(volume_item)::INTEGER AS volume_items, count_if(volume_item AND volume_num AND volume_den)::INTEGER AS volume_numerator,
       count_if(volume_item AND volume_den)::INTEGER AS volume_denominator, count_if(volume_item AND volume_excluded IS NOT NULL)::INTEGER AS volume_excluded,
       count_if(fcr_item)::INTEGER AS fcr_items, count_if(fcr_item AND fcr_num AND fcr_den)::INTEGER AS fcr_numerator,
       count_if(fcr_item AND fcr_den)::INTEGER AS fcr_denominator, count_if(fcr_item AND fcr_excluded IS NOT NULL)::INTEGER AS fcr_excluded,
       count_if(csat_item)::INTEGER AS csat_items, count_if(csat_item AND csat_num AND csat_den)::INTEGER AS csat_numerator,
       count_if(csat_item AND csat_den)::INTEGER AS csat_denominator, count_if(csat_item AND csat_excluded IS NOT NULL)::INTEGER AS csat_excluded,
       count_if(resolution_time_item)::INTEGER AS resolution_time_items, count_if(resolution_time_item AND resolution_time_num AND resolution_time_den)::INTEGER AS resolution_time_numerator,
       count_if(resolution_time_item AND resolution_time_den)::INTEGER AS resolution_time_denominator, count_if(resolution_time_item AND resolution_time_excluded IS NOT NULL)::INTEGER AS resolution_time_excluded,
       count_if(reopen_rate_item)::INTEGER AS reopen_rate_items, count_if(reopen_rate_item AND reopen_rate_num AND reopen_rate_den)::INTEGER AS reopen_rate_numerator,
       count_if(reopen_rate_item AND reopen_rate_den)::INTEGER AS reopen_rate_denominator, count_if(reopen_rate_item AND reopen_rate_excluded IS NOT NULL)::INTEGER AS reopen_rate_excluded,
       count_if(reassignment_rate_item)::INTEGER AS reassignment_rate_items, count_if(reassignment_rate_item AND reassignment_rate_num AND reassignment_rate_den)::INTEGER AS reassignment_rate_numerator,
       count_if(reassignment_rate_item AND reassignment_rate_den)::INTEGER AS reassignment_rate_denominator, count_if(reassignment_rate_item AND reassignment_rate_excluded IS NOT NULL)::INTEGER AS reassignment_rate_excluded,
       count_if(sla_item)::INTEGER AS sla_items, count_if(sla_item AND sla_num AND sla_den)::INTEGER AS sla_numerator,
       count_if(sla_item AND sla_den)::INTEGER AS sla_denominator, count_if(sla_item AND sla_excluded IS NOT NULL)::INTEGER AS sla_excluded
FROM ticket_metric_parts(p_from, p_to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
GROUP BY ALL
