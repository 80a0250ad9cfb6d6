-- The drivers' metric parts (src/lib/server/insights/drivers.ts) counted per day, in the
-- reporting zone, and per value of each driver dimension over all clients: per metric
-- <metric>_items, _numerator and _denominator, the numbers insights/driver_groups.sql sums
-- (ticket_metric_parts' <metric>_item, _num and _den). Stored as driver_days
-- (src/lib/server/metric-days.ts), so the drivers of a view with no filter sum a few hundred
-- rows a day instead of working through both periods' tickets; with a filter they come from
-- the tickets. Kept per day and client as well, it was 928,000 rows for 1M tickets (1.4M for 10M),
-- its build took ~1.3 s longer at 1M and did not fit an upload's 128MB whole: a client's pack
-- gained ~25 ms at 1M and ~165 at 10M, so it was left out. Made here, on the
-- latest schema only, not in routines/: DuckDB binds its grouping sets to the tickets' columns
-- when the macro is made, and an older file being upgraded lacks some of them.
CREATE OR REPLACE MACRO ticket_metric_parts_by_driver_day(p_from, p_to) AS TABLE
SELECT CAST(occurred_at AS DATE) AS day,
       CASE WHEN grouping(team) = 0 THEN 'team' WHEN grouping(agent) = 0 THEN 'agent' WHEN grouping(client) = 0 THEN 'client' WHEN grouping(category) = 0 THEN 'category' WHEN grouping(channel) = 0 THEN 'channel' WHEN grouping(priority) = 0 THEN 'priority' ELSE 'service' END AS dimension,
       CASE WHEN grouping(team) = 0 THEN team WHEN grouping(agent) = 0 THEN agent WHEN grouping(client) = 0 THEN client WHEN grouping(category) = 0 THEN category WHEN grouping(channel) = 0 THEN channel WHEN grouping(priority) = 0 THEN priority ELSE service END AS key,
       count_if(fcr_item)::INTEGER AS fcr_items, count_if(fcr_item AND fcr_num AND fcr_den)::INTEGER AS fcr_numerator, count_if(fcr_item AND fcr_den)::INTEGER AS fcr_denominator,
       count_if(csat_item)::INTEGER AS csat_items, count_if(csat_item AND csat_num AND csat_den)::INTEGER AS csat_numerator, count_if(csat_item AND csat_den)::INTEGER AS csat_denominator,
       count_if(sla_item)::INTEGER AS sla_items, count_if(sla_item AND sla_num AND sla_den)::INTEGER AS sla_numerator, count_if(sla_item AND sla_den)::INTEGER AS sla_denominator,
       count_if(repeat_contacts_item)::INTEGER AS repeat_contacts_items, count_if(repeat_contacts_item AND repeat_contacts_num AND repeat_contacts_den)::INTEGER AS repeat_contacts_numerator, count_if(repeat_contacts_item AND repeat_contacts_den)::INTEGER AS repeat_contacts_denominator,
       count_if(change_caused_item)::INTEGER AS change_caused_items, count_if(change_caused_item AND change_caused_num AND change_caused_den)::INTEGER AS change_caused_numerator, count_if(change_caused_item AND change_caused_den)::INTEGER AS change_caused_denominator,
       count_if(reopen_rate_item)::INTEGER AS reopen_rate_items, count_if(reopen_rate_item AND reopen_rate_num AND reopen_rate_den)::INTEGER AS reopen_rate_numerator, count_if(reopen_rate_item AND reopen_rate_den)::INTEGER AS reopen_rate_denominator,
       count_if(reassignment_rate_item)::INTEGER AS reassignment_rate_items, count_if(reassignment_rate_item AND reassignment_rate_num AND reassignment_rate_den)::INTEGER AS reassignment_rate_numerator, count_if(reassignment_rate_item AND reassignment_rate_den)::INTEGER AS reassignment_rate_denominator,
       count_if(volume_item)::INTEGER AS volume_items, count_if(volume_item AND volume_num AND volume_den)::INTEGER AS volume_numerator, count_if(volume_item AND volume_den)::INTEGER AS volume_denominator,
       -- Not a driver metric: the Repeat callers view's same-issue repeats by category (views/repeat_same_issue_stored.sql).
       count_if(same_issue_repeats_item)::INTEGER AS same_issue_repeats_items, count_if(same_issue_repeats_item AND same_issue_repeats_num AND same_issue_repeats_den)::INTEGER AS same_issue_repeats_numerator, count_if(same_issue_repeats_item AND same_issue_repeats_den)::INTEGER AS same_issue_repeats_denominator
FROM ticket_metric_parts(p_from, p_to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
GROUP BY GROUPING SETS ((day, team), (day, agent), (day, client), (day, category), (day, channel), (day, priority), (day, service))
